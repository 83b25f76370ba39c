package org.fedoraproject.hubs.admin;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
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
 * pushes' open streams, and refused requests. The meters read the same counters as the admin
 * page, so both always agree. Sources and statuses appear while Hubs runs (an AMQP broker, a new
 * 4xx), so the meters are brought up to date every few seconds; registering one twice is a no-op.
 */
@Startup
@Singleton
public class PipelineMetrics {

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

    private ScheduledFuture<?> refresh;

    @PostConstruct
    void start() {
        counter("hubs.triage.messages", triage, t -> t.messages());
        counter("hubs.triage.work.items", triage, t -> t.workItems());
        counter("hubs.rebuild.succeeded", rebuild, r -> r.succeededCount());
        counter("hubs.rebuild.failed", rebuild, r -> r.failedCount());
        counter("hubs.rebuild.coalesced", rebuild, r -> r.coalescedCount());
        counter("hubs.rebuild.dropped", rebuild, r -> r.droppedCount());
        Gauge.builder("hubs.rebuild.pending", rebuildRequests, RebuildRequests::pendingCount).register(registry);
        Gauge.builder("hubs.push.streams.open", streams,
                s -> s.openStreams().values().stream().mapToInt(Integer::intValue).sum()).register(registry);
        refresh = scheduler.scheduleWithFixedDelay(this::registerNewMeters, 0, 5, TimeUnit.SECONDS);
    }

    /** Meters for the sources, reasons and statuses that appeared since the last time. */
    private void registerNewMeters() {
        ingest.sources().forEach((name, source) -> {
            counter("hubs.ingest.received", source, IngestStats::receivedCount, "source", name);
            counter("hubs.ingest.forwarded", source, IngestStats::forwardedCount, "source", name);
            counter("hubs.ingest.duplicates", source, IngestStats::duplicateCount, "source", name);
            counter("hubs.ingest.forward.failures", source, IngestStats::forwardFailureCount, "source", name);
            for (RejectionReason reason : RejectionReason.values()) {
                counter("hubs.ingest.rejected", source, s -> s.rejectedByReason().getOrDefault(reason.key(), 0L),
                        "source", name, "reason", reason.key());
            }
        });
        keyedCounters("hubs.api.rejected", "status", api, ApiStats::rejectedByStatus);
        keyedCounters("hubs.api.failed", "status", api, ApiStats::failedByStatus);
        keyedCounters("hubs.api.over.limit", "limit", api, ApiStats::overLimitByName);
        keyedCounters("hubs.triage.failures", "widget_type", triage, TriageStats::failuresByType);
    }

    /** One counter per key of the owner's counts. (Meters hold their owner weakly: the owners are application-scoped beans.) */
    private <T> void keyedCounters(String name, String tag, T owner, Function<T, Map<String, Long>> counts) {
        counts.apply(owner).keySet().forEach(key ->
                counter(name, owner, o -> counts.apply(o).getOrDefault(key, 0L), tag, key));
    }

    private <T> void counter(String name, T source, ToDoubleFunction<T> count, String... tags) {
        FunctionCounter.builder(name, source, count).tags(tags).register(registry);
    }

    @PreDestroy
    void stop() {
        refresh.cancel(false);
    }
}
