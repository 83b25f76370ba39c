package org.fedoraproject.hubs.bus;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the bus ingest, for operators: received, forwarded, rejected by reason, failed sends. */
@ApplicationScoped
public class IngestStats {

    private final LongAdder received = new LongAdder();
    private final LongAdder forwarded = new LongAdder();
    private final LongAdder forwardFailures = new LongAdder();
    private final Map<RejectionReason, LongAdder> rejected = new EnumMap<>(RejectionReason.class);
    private volatile Instant lastMessageAt;

    public IngestStats() {
        for (RejectionReason reason : RejectionReason.values()) {
            rejected.put(reason, new LongAdder());
        }
    }

    void received() {
        received.increment();
        lastMessageAt = Instant.now();
    }

    void forwarded() {
        forwarded.increment();
    }

    void forwardFailed() {
        forwardFailures.increment();
    }

    void rejected(RejectionReason reason) {
        rejected.get(reason).increment();
    }

    public long receivedCount() {
        return received.sum();
    }

    public long forwardedCount() {
        return forwarded.sum();
    }

    public long forwardFailureCount() {
        return forwardFailures.sum();
    }

    public long rejectedCount(RejectionReason reason) {
        return rejected.get(reason).sum();
    }

    /** Non-zero rejection counters by reason key. */
    public Map<String, Long> rejectedByReason() {
        Map<String, Long> counts = new TreeMap<>();
        rejected.forEach((reason, count) -> {
            if (count.sum() > 0) {
                counts.put(reason.key(), count.sum());
            }
        });
        return counts;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }
}
