package org.fedoraproject.hubs.admin;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import org.fedoraproject.hubs.cache.CacheKey;
import org.fedoraproject.hubs.cache.WidgetCache;
import org.fedoraproject.hubs.hub.SchemaMigrations;
import org.fedoraproject.hubs.hub.WidgetDirectory;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.push.HubStreams;
import org.fedoraproject.hubs.rebuild.RebuildRequests;
import org.fedoraproject.hubs.rebuild.RebuildStats;
import org.fedoraproject.hubs.triage.TriageStats;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.web.ApiStats;
import org.fedoraproject.hubs.web.Problem;
import org.fedoraproject.hubs.widget.WidgetCatalog;
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
    WidgetDirectory directory;

    @Inject
    WidgetCatalog catalog;

    @Inject
    WidgetCache cache;

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
        JsonObjectBuilder rejected = JSON.createObjectBuilder();
        ingest.rejectedByReason().forEach(rejected::add);
        JsonObjectBuilder signatureFailures = JSON.createObjectBuilder();
        ingest.signatureFailuresByKind().forEach(signatureFailures::add);
        JsonObjectBuilder triageFailures = JSON.createObjectBuilder();
        triage.failuresByType().forEach(triageFailures::add);
        JsonObjectBuilder perHub = JSON.createObjectBuilder();
        streams.openStreams().forEach(perHub::add);
        return JSON.createObjectBuilder()
                .add("ingest", JSON.createObjectBuilder()
                        .add("received", ingest.receivedCount())
                        .add("forwarded", ingest.forwardedCount())
                        .add("duplicates", ingest.duplicateCount())
                        .add("forward_failures", ingest.forwardFailureCount())
                        .add("rejected", rejected)
                        .add("signature_failures", signatureFailures)
                        .add("last_message_at", String.valueOf(ingest.lastMessageAt())))
                .add("sources", sources())
                .add("queues", queues.queues())
                .add("dead_letters", queues.deadLetters())
                .add("triage", JSON.createObjectBuilder()
                        .add("messages", triage.messages())
                        .add("work_items", triage.workItems())
                        .add("failures_by_widget_type", triageFailures))
                .add("rebuild", JSON.createObjectBuilder()
                        .add("succeeded", rebuild.succeededCount())
                        .add("failed", rebuild.failedCount())
                        .add("coalesced", rebuild.coalescedCount())
                        .add("dropped", rebuild.droppedCount())
                        .add("pending", rebuildRequests.pendingCount()))
                .add("api", JSON.createObjectBuilder().add("rejected_by_status", rejectedRequests())
                        .add("over_limit", overLimit())
                        .add("failed_by_status", failedRequests()))
                .add("database", database())
                .add("cache", coverage())
                .add("streams", JSON.createObjectBuilder()
                        .add("total", streams.openStreams().values().stream().mapToInt(Integer::intValue).sum())
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

    private JsonObjectBuilder failedRequests() {
        JsonObjectBuilder counts = JSON.createObjectBuilder();
        api.failedByStatus().forEach(counts::add);
        return counts;
    }

    private JsonObjectBuilder overLimit() {
        JsonObjectBuilder counts = JSON.createObjectBuilder();
        api.overLimitByName().forEach(counts::add);
        return counts;
    }

    private JsonObjectBuilder rejectedRequests() {
        JsonObjectBuilder counts = JSON.createObjectBuilder();
        api.rejectedByStatus().forEach(counts::add);
        return counts;
    }

    /** Per endpoint or broker: its link and its counters, so that a silent source stands out. */
    private JsonObjectBuilder sources() {
        JsonObjectBuilder sources = JSON.createObjectBuilder();
        ingest.sources().forEach((name, source) -> {
            JsonObjectBuilder rejected = JSON.createObjectBuilder();
            source.rejectedByReason().forEach(rejected::add);
            sources.add(name, JSON.createObjectBuilder()
                    .add("connection", source.connection())
                    .add("received", source.receivedCount())
                    .add("forwarded", source.forwardedCount())
                    .add("duplicates", source.duplicateCount())
                    .add("rejected", rejected)
                    .add("last_message_at", String.valueOf(source.lastMessageAt())));
        });
        return sources;
    }

    /** How many of the values the widgets need are in the cache (the original warned below 50 %). */
    private JsonObjectBuilder coverage() {
        int needed = 0;
        int present = 0;
        for (WidgetRef widget : directory.all()) {
            for (CachedFunction function : catalog.find(widget.type()).map(t -> t.functions()).orElse(java.util.List.of())) {
                needed++;
                if (cache.get(CacheKey.of(widget, function.id())).filter(v -> v.hasData()).isPresent()) {
                    present++;
                }
            }
        }
        return JSON.createObjectBuilder()
                .add("entries", cache.size())
                .add("widgets", directory.size())
                .add("values_needed", needed)
                .add("values_present", present)
                .add("coverage", needed == 0 ? 1.0 : (double) present / needed);
    }
}
