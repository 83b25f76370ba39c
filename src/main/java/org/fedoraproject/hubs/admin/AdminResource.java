package org.fedoraproject.hubs.admin;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.jms.JMSException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fedoraproject.hubs.account.Authorization;
import org.fedoraproject.hubs.bus.IngestStats;
import org.fedoraproject.hubs.hub.SchemaMigrations;
import org.fedoraproject.hubs.push.HubStreams;
import org.fedoraproject.hubs.rebuild.RebuildRequests;
import org.fedoraproject.hubs.rebuild.RebuildStats;
import org.fedoraproject.hubs.triage.TriageStats;
import org.fedoraproject.hubs.web.ApiStats;
import org.fedoraproject.hubs.web.Problem;
import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /api/admin/status}: one snapshot of the whole pipeline for the operators' page;
 * {@code POST /api/admin/broker-baseline}: the raw broker's speed, to compare the pipeline with
 * (bounded, one at a time). Admins only.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    IngestStats ingest;

    @Inject
    TriageStats triage;

    @Inject
    RebuildStats rebuild;

    @Inject
    QueueProbe queues;

    @Inject
    CacheCoverage coverage;

    @Inject
    HubStreams streams;

    @Inject
    BrokerBaseline baseline;

    @Inject
    SchemaMigrations schema;

    @Inject
    RebuildRequests rebuildRequests;

    @Inject
    ApiStats api;

    @Inject
    Authorization authorization;

    /** Sends and receives {@code messages} persistent messages of {@code bytes} bytes on the broker, timed. */
    @POST
    @Path("broker-baseline")
    public JsonObject brokerBaseline(@QueryParam("messages") @DefaultValue("2000") int messages,
                                     @QueryParam("bytes") @DefaultValue("4096") int bytes) {
        authorization.requireAdmin();
        if (messages < 1 || messages > BrokerBaseline.MAX_MESSAGES || bytes < 0 || bytes > BrokerBaseline.MAX_BYTES) {
            throw Problem.invalid("Out of range", Map.of("messages", "1 to " + BrokerBaseline.MAX_MESSAGES,
                    "bytes", "0 to " + BrokerBaseline.MAX_BYTES));
        }
        return baseline.measureAlone(messages, bytes)
                .orElseThrow(() -> Problem.tooMany("A broker measurement is already running; try again when it ends"));
    }

    @GET
    @Path("status")
    public JsonObject status() throws JMSException {
        authorization.requireAdmin();
        JsonObjectBuilder perHub = JSON.createObjectBuilder();
        streams.openStreams().forEach(perHub::add);
        return JSON.createObjectBuilder()
                .add("ingest", JSON.createObjectBuilder()
                        .add("received", ingest.receivedCount())
                        .add("forwarded", ingest.forwardedCount())
                        .add("duplicates", ingest.duplicateCount())
                        .add("forward_failures", ingest.forwardFailureCount())
                        .add("rejected", counts(ingest.rejectedByReason()))
                        .add("signature_failures", counts(ingest.signatureFailuresByKind()))
                        .add("last_message_at", instant(ingest.lastMessageAt())))
                .add("sources", sources())
                .add("queues", queues.queues())
                .add("dead_letters", queues.deadLetters())
                .add("triage", JSON.createObjectBuilder()
                        .add("messages", triage.messages())
                        .add("work_items", triage.workItems())
                        .add("failures_by_widget_type", counts(triage.failuresByType())))
                .add("rebuild", JSON.createObjectBuilder()
                        .add("succeeded", rebuild.succeededCount())
                        .add("failed", rebuild.failedCount())
                        .add("coalesced", rebuild.coalescedCount())
                        .add("dropped", rebuild.droppedCount())
                        .add("pending", rebuildRequests.pendingCount()))
                .add("api", JSON.createObjectBuilder().add("rejected_by_status", counts(api.rejectedByStatus()))
                        .add("over_limit", counts(api.overLimitByName()))
                        .add("failed_by_status", counts(api.failedByStatus())))
                .add("database", database())
                .add("cache", coverage.snapshot())
                .add("streams", JSON.createObjectBuilder()
                        .add("total", streams.openStreams().values().stream().mapToInt(Integer::intValue).sum())
                        .add("events_published", streams.eventsPublished())
                        .add("per_hub", perHub))
                .build();
    }

    private JsonObjectBuilder database() {
        SchemaMigrations.Database database = schema.database();
        return JSON.createObjectBuilder()
                .add("datasource", database.dataSource())
                .add("product", database.product())
                .add("schema_version", database.schemaVersion());
    }

    /** An instant in ISO-8601 (the page shows it as a local time), or null for never. */
    private static JsonValue instant(Instant instant) {
        return instant == null ? JsonValue.NULL : JSON.createValue(instant.toString());
    }

    /** Counts by name, e.g. {@code {"404": 3, "422": 1}}. */
    private static JsonObjectBuilder counts(Map<String, Long> counts) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        counts.forEach(json::add);
        return json;
    }

    /** Per endpoint or broker: its link and its counters, so that a silent source stands out. */
    private JsonObjectBuilder sources() {
        JsonObjectBuilder sources = JSON.createObjectBuilder();
        ingest.sources().forEach((name, source) -> {
            sources.add(name, JSON.createObjectBuilder()
                    .add("connection", source.connection())
                    .add("received", source.receivedCount())
                    .add("forwarded", source.forwardedCount())
                    .add("duplicates", source.duplicateCount())
                    .add("rejected", counts(source.rejectedByReason()))
                    .add("last_message_at", instant(source.lastMessageAt())));
        });
        return sources;
    }
}
