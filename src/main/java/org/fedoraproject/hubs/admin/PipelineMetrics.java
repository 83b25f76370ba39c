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
import org.fedoraproject.hubs.HubsMeters;
import org.fedoraproject.hubs.push.HubStreams;
import org.fedoraproject.hubs.rebuild.RebuildRequests;
import org.fedoraproject.hubs.web.ApiStats;

/**
 * The counters that are not Micrometer meters of their own as meters too (ingest, triage and
 * rebuild count with Micrometer directly): pending rebuilds, pushes and open streams, refused and
 * failed requests. They are copied every second by this bean, because the server reads meters on
 * its management threads, outside the application, where the application's beans cannot be
 * called. Statuses and limits appear while Hubs runs: their meters are added as they do.
 */
@Startup
@Singleton
public class PipelineMetrics {

    private static final Logger LOG = Logger.getLogger(PipelineMetrics.class.getName());

    @Inject
    @HubsMeters.Registry
    MeterRegistry registry;

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
