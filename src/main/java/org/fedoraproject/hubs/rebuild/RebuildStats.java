package org.fedoraproject.hubs.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.LongAdder;

/** Counters of rebuilds, for operators. */
@ApplicationScoped
public class RebuildStats {

    private final LongAdder succeeded = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder dropped = new LongAdder();

    void succeeded() {
        succeeded.increment();
    }

    void failed() {
        failed.increment();
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

    /** Work items for widgets or functions that no longer exist. */
    public long droppedCount() {
        return dropped.sum();
    }
}
