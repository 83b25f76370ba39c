package org.fedoraproject.hubs.rebuild;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedoraproject.hubs.HubsMeters;

/** Counters of rebuilds, for operators: Micrometer counters ({@code hubs.rebuild.*}), served at {@code /metrics}. */
@ApplicationScoped
public class RebuildStats {

    private final Counter succeeded;
    private final Counter failed;
    private final Counter dropped;
    private final Counter coalesced;

    /** For the container's proxy only. */
    protected RebuildStats() {
        succeeded = null;
        failed = null;
        dropped = null;
        coalesced = null;
    }

    @Inject
    public RebuildStats(@HubsMeters.Registry MeterRegistry registry) {
        succeeded = registry.counter("hubs.rebuild.succeeded", Tags.empty());
        failed = registry.counter("hubs.rebuild.failed", Tags.empty());
        dropped = registry.counter("hubs.rebuild.dropped", Tags.empty());
        coalesced = registry.counter("hubs.rebuild.coalesced", Tags.empty());
    }

    void succeeded() {
        succeeded.increment();
    }

    void failed() {
        failed.increment();
    }

    void coalesced() {
        coalesced.increment();
    }

    void dropped() {
        dropped.increment();
    }

    public long succeededCount() {
        return (long) succeeded.count();
    }

    public long failedCount() {
        return (long) failed.count();
    }

    /** Invalidations that joined a rebuild already queued or running instead of queuing another. */
    public long coalescedCount() {
        return (long) coalesced.count();
    }

    /** Work items for widgets or functions that no longer exist. */
    public long droppedCount() {
        return (long) dropped.count();
    }
}
