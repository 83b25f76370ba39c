package org.fedoraproject.hubs.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fedoraproject.hubs.bus.IngestStats;
import org.fedoraproject.hubs.bus.RejectionReason;
import org.fedoraproject.hubs.push.HubStreams;
import org.fedoraproject.hubs.rebuild.RebuildRequests;
import org.fedoraproject.hubs.rebuild.RebuildStats;
import org.fedoraproject.hubs.triage.TriageStats;
import org.fedoraproject.hubs.web.ApiStats;

/**
 * The pipeline's counters as Micrometer meters, which WildFly's micrometer subsystem serves in
 * Prometheus text at {@code :9990/metrics}: ingest per source and reason, triage, rebuilds,
 * pushes and open streams, refused and failed requests. The meters read the same counters as the
 * admin page, copied every second by this bean: the server reads meters on its management threads,
 * outside the application, where the application's beans cannot be called. Sources and statuses
 * appear while Hubs runs (an AMQP broker, a new 4xx): their meters are added as they do.
 */
@Startup
@Singleton
public class PipelineMetrics {

    private static final Logger LOG = Logger.getLogger(PipelineMetrics.class.getName());

    @Inject
    MeterRegistry registry;

    @Inject
    IngestStats ingest;

    @Inject
    TriageStats triage;

    @Inject
    RebuildStats rebuild;

    @Inject
    RebuildRequests rebuildRequests;

    @Inject
    ApiStats api;

    @Inject
    HubStreams streams;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The values the meters show, by meter (name and tags). */
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
    /** The meters registered, removed at undeployment: the server's registry outlives the deployment. */
    private final List<Meter.Id> meters = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> copy;

    @PostConstruct
    void start() {
        copy = scheduler.scheduleWithFixedDelay(this::copyCounters, 0, 1, TimeUnit.SECONDS);
    }

    /** Never lets an exception out: the executor would silently stop running it. */
    private void copyCounters() {
        try {
            copyEach();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Copying the pipeline's counters to the metrics failed; trying again in a second", e);
        }
    }

    private void copyEach() {
        ingest.sources().forEach((name, source) -> {
            counter("hubs.ingest.received", source.receivedCount(), "source", name);
            counter("hubs.ingest.forwarded", source.forwardedCount(), "source", name);
            counter("hubs.ingest.duplicates", source.duplicateCount(), "source", name);
            counter("hubs.ingest.forward.failures", source.forwardFailureCount(), "source", name);
            Map<String, Long> rejected = source.rejectedByReason();
            for (RejectionReason reason : RejectionReason.values()) {
                counter("hubs.ingest.rejected", rejected.getOrDefault(reason.key(), 0L), "source", name, "reason", reason.key());
            }
        });
        counter("hubs.triage.messages", triage.messages());
        counter("hubs.triage.work.items", triage.workItems());
        triage.failuresByType().forEach((type, count) -> counter("hubs.triage.failures", count, "widget_type", type));
        counter("hubs.rebuild.succeeded", rebuild.succeededCount());
        counter("hubs.rebuild.failed", rebuild.failedCount());
        counter("hubs.rebuild.coalesced", rebuild.coalescedCount());
        counter("hubs.rebuild.dropped", rebuild.droppedCount());
        gauge("hubs.rebuild.pending", rebuildRequests.pendingCount());
        counter("hubs.push.events", streams.eventsPublished());
        gauge("hubs.push.streams.open", streams.openStreams().values().stream().mapToInt(Integer::intValue).sum());
        api.rejectedByStatus().forEach((status, count) -> counter("hubs.api.rejected", count, "status", status));
        api.failedByStatus().forEach((status, count) -> counter("hubs.api.failed", count, "status", status));
        api.overLimitByName().forEach((limit, count) -> counter("hubs.api.over.limit", count, "limit", limit));
    }

    /**
     * Registered through {@code more()} and {@code gauge(name, tags, ...)}: WildFly's per-deployment
     * registry hands those to the server's registries, while the builders' {@code register} would
     * keep a meter in the deployment's own registry, which nothing exports.
     */
    private void counter(String name, long value, String... tags) {
        value(name, tags, true).set(value);
    }

    private void gauge(String name, long value, String... tags) {
        value(name, tags, false).set(value);
    }

    private AtomicLong value(String name, String[] tags, boolean counter) {
        return values.computeIfAbsent(name + Tags.of(tags), key -> {
            AtomicLong value = new AtomicLong();
            if (counter) {
                meters.add(registry.more().counter(name, Tags.of(tags), value, AtomicLong::doubleValue).getId());
            } else {
                registry.gauge(name, Tags.of(tags), value, AtomicLong::doubleValue);
                Gauge gauge = registry.find(name).tags(Tags.of(tags)).gauge();
                if (gauge != null) {
                    meters.add(gauge.getId());
                }
            }
            return value;
        });
    }

    @PreDestroy
    void stop() {
        copy.cancel(false);
        // A redeployment registers its meters anew; left in place, these would keep reading the old values.
        meters.forEach(registry::remove);
    }
}
