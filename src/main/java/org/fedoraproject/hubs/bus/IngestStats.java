package org.fedoraproject.hubs.bus;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.fedoraproject.hubs.bus.signature.SignatureFailure;

/** Counters of the bus ingest, for operators: received, forwarded, rejected by reason, failed sends. */
@ApplicationScoped
public class IngestStats {

    private final LongAdder received = new LongAdder();
    private final LongAdder forwarded = new LongAdder();
    private final LongAdder forwardFailures = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final Map<RejectionReason, LongAdder> rejected = new EnumMap<>(RejectionReason.class);
    private final Map<SignatureFailure, LongAdder> signatureFailures = new EnumMap<>(SignatureFailure.class);
    private volatile Instant lastMessageAt;

    public IngestStats() {
        for (RejectionReason reason : RejectionReason.values()) {
            rejected.put(reason, new LongAdder());
        }
        for (SignatureFailure failure : SignatureFailure.values()) {
            signatureFailures.put(failure, new LongAdder());
        }
    }

    void received() {
        received.increment();
        lastMessageAt = Instant.now();
    }

    void forwarded() {
        forwarded.increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void forwardFailed() {
        forwardFailures.increment();
    }

    void rejected(RejectionReason reason) {
        rejected.get(reason).increment();
    }

    void signatureFailed(SignatureFailure failure) {
        rejected(RejectionReason.INVALID_SIGNATURE);
        signatureFailures.get(failure).increment();
    }

    public long receivedCount() {
        return received.sum();
    }

    public long forwardedCount() {
        return forwarded.sum();
    }

    /** Messages seen again (another endpoint, a replay) and not forwarded a second time. */
    public long duplicateCount() {
        return duplicates.sum();
    }

    public long forwardFailureCount() {
        return forwardFailures.sum();
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

    /** Non-zero signature failure counters by failure, e.g. {@code bad_signature}. */
    public Map<String, Long> signatureFailuresByKind() {
        Map<String, Long> counts = new TreeMap<>();
        signatureFailures.forEach((failure, count) -> {
            if (count.sum() > 0) {
                counts.put(failure.name().toLowerCase(java.util.Locale.ROOT), count.sum());
            }
        });
        return counts;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }
}
