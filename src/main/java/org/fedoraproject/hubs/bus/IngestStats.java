package org.fedoraproject.hubs.bus;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import org.fedoraproject.hubs.EnumKeys;
import org.fedoraproject.hubs.bus.signature.SignatureFailure;

/**
 * Counters of the bus ingest, for operators: received, forwarded, duplicates, rejected by reason,
 * failed sends, last message time. The application's instance is the total; {@link #source} gives
 * the counters of one source (a ZeroMQ endpoint, an AMQP broker, the backlog), which add up to it,
 * with its connection state, so a silent endpoint shows.
 */
@ApplicationScoped
public class IngestStats {

    /** The totals these counters add to; {@code null} for the totals themselves. */
    private final IngestStats total;
    private final Map<String, IngestStats> sources = new ConcurrentSkipListMap<>();
    private volatile String connection = "unknown";

    private final LongAdder received = new LongAdder();
    private final LongAdder forwarded = new LongAdder();
    private final LongAdder forwardFailures = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final Map<RejectionReason, LongAdder> rejected = new EnumMap<>(RejectionReason.class);
    private final Map<SignatureFailure, LongAdder> signatureFailures = new EnumMap<>(SignatureFailure.class);
    private volatile Instant lastMessageAt;

    public IngestStats() {
        this(null);
    }

    private IngestStats(IngestStats total) {
        this.total = total;
        for (RejectionReason reason : RejectionReason.values()) {
            rejected.put(reason, new LongAdder());
        }
        for (SignatureFailure failure : SignatureFailure.values()) {
            signatureFailures.put(failure, new LongAdder());
        }
    }

    /** The counters of one source, created on first use. */
    public IngestStats source(String name) {
        return sources.computeIfAbsent(name, n -> new IngestStats(this));
    }

    /** The sources seen so far, by name. */
    public Map<String, IngestStats> sources() {
        return Collections.unmodifiableMap(sources);
    }

    /** A source's link: {@code connected}, {@code disconnected}, {@code retrying}... */
    void connection(String state) {
        connection = state;
    }

    public String connection() {
        return connection;
    }

    void received() {
        received.increment();
        lastMessageAt = Instant.now();
        if (total != null) {
            total.received();
        }
    }

    void forwarded() {
        forwarded.increment();
        if (total != null) {
            total.forwarded();
        }
    }

    void duplicate() {
        duplicates.increment();
        if (total != null) {
            total.duplicate();
        }
    }

    void forwardFailed() {
        forwardFailures.increment();
        if (total != null) {
            total.forwardFailed();
        }
    }

    void rejected(RejectionReason reason) {
        rejected.get(reason).increment();
        if (total != null) {
            total.rejected(reason);
        }
    }

    void signatureFailed(SignatureFailure failure) {
        rejected(RejectionReason.INVALID_SIGNATURE);
        signatureFailures.get(failure).increment();
        if (total != null) {
            total.signatureFailures.get(failure).increment();
        }
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
                counts.put(EnumKeys.key(failure), count.sum());
            }
        });
        return counts;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }
}
