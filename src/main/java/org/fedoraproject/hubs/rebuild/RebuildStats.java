package org.fedoraproject.hubs.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.LongAdder;

/** Counters of rebuilds, for operators. */
@ApplicationScoped
public class RebuildStats {

    private final LongAdder succeeded = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder coalesced = new LongAdder();

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
        return succeeded.sum();
    }

    public long failedCount() {
        return failed.sum();
    }

    /** Invalidations that joined a rebuild already queued or running instead of queuing another. */
    public long coalescedCount() {
        return coalesced.sum();
    }

    /** Work items for widgets or functions that no longer exist. */
    public long droppedCount() {
        return dropped.sum();
    }
}
