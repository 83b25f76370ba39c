package org.fedoraproject.hubs.bus;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.fedoraproject.hubs.EnumKeys;
import org.fedoraproject.hubs.HubsMeters;
import org.fedoraproject.hubs.bus.signature.SignatureFailure;

/**
 * Counters of the bus ingest, for operators: received, forwarded, duplicates, rejected by reason,
 * failed sends, last message time. {@link #source} gives the counters of one source (a ZeroMQ
 * endpoint, an AMQP broker, the backlog), with its connection state, so a silent endpoint shows;
 * the application's instance is their total. The counts are Micrometer counters tagged with the
 * source ({@code hubs.ingest.received{source=...}}...), which the server serves at {@code /metrics}:
 * the admin page and the metrics read the same meters.
 */
@ApplicationScoped
public class IngestStats {

    private final MeterRegistry registry;
    /** The source these counters are of; {@code null} for the totals, which add the sources up. */
    private final String source;
    private final IngestStats total;
    private final Map<String, IngestStats> sources = new ConcurrentSkipListMap<>();
    private volatile String connection = "unknown";
    private volatile Instant lastMessageAt;

    private final Counter received;
    private final Counter forwarded;
    private final Counter forwardFailures;
    private final Counter duplicates;
    private final Map<RejectionReason, Counter> rejected = new EnumMap<>(RejectionReason.class);
    private final Map<SignatureFailure, Counter> signatureFailures = new EnumMap<>(SignatureFailure.class);

    /** For the container's proxy only. */
    protected IngestStats() {
        this(null, null, null);
    }

    @Inject
    public IngestStats(@HubsMeters.Registry MeterRegistry registry) {
        this(registry, null, null);
    }

    private IngestStats(MeterRegistry registry, IngestStats total, String source) {
        this.registry = registry;
        this.total = total;
        this.source = source;
        boolean counts = registry != null && source != null;
        received = counts ? counter("hubs.ingest.received") : null;
        forwarded = counts ? counter("hubs.ingest.forwarded") : null;
        forwardFailures = counts ? counter("hubs.ingest.forward.failures") : null;
        duplicates = counts ? counter("hubs.ingest.duplicates") : null;
        if (counts) {
            for (RejectionReason reason : RejectionReason.values()) {
                rejected.put(reason, counter("hubs.ingest.rejected", "reason", reason.key()));
            }
            for (SignatureFailure failure : SignatureFailure.values()) {
                signatureFailures.put(failure, counter("hubs.ingest.signature.failures", "failure", EnumKeys.key(failure)));
            }
        }
    }

    /** Through {@code counter(name, tags)}: what WildFly's per-deployment registry hands to the server's registries. */
    private Counter counter(String name, String... tags) {
        return registry.counter(name, Tags.of("source", source).and(tags));
    }

    /** The counters of one source, created on first use. */
    public IngestStats source(String name) {
        return sources.computeIfAbsent(name, n -> new IngestStats(registry, this, n));
    }

    /** The sources seen so far, by name. */
    public Map<String, IngestStats> sources() {
        return Collections.unmodifiableMap(sources);
    }

    /** A source's link: {@code connected}, {@code disconnected}, {@code reconnecting}... */
    void connection(String state) {
        connection = state;
    }

    public String connection() {
        return connection;
    }

    void received() {
        received.increment();
        lastMessageAt = Instant.now();
        total.lastMessageAt = lastMessageAt;
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
        return count(stats -> stats.received);
    }

    public long forwardedCount() {
        return count(stats -> stats.forwarded);
    }

    /** Messages seen again (another endpoint, a replay) and not forwarded a second time. */
    public long duplicateCount() {
        return count(stats -> stats.duplicates);
    }

    public long forwardFailureCount() {
        return count(stats -> stats.forwardFailures);
    }

    /** Non-zero rejection counters by reason key. */
    public Map<String, Long> rejectedByReason() {
        return nonZero(stats -> stats.rejected, RejectionReason::key);
    }

    /** Non-zero signature failure counters by failure, e.g. {@code bad_signature}. */
    public Map<String, Long> signatureFailuresByKind() {
        return nonZero(stats -> stats.signatureFailures, EnumKeys::key);
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }

    /** This source's count, or for the totals the sum over the sources. */
    private long count(Function<IngestStats, Counter> counter) {
        ToLongFunction<IngestStats> one = stats -> (long) counter.apply(stats).count();
        return source != null ? one.applyAsLong(this) : sources.values().stream().mapToLong(one).sum();
    }

    private <K extends Enum<K>> Map<String, Long> nonZero(Function<IngestStats, Map<K, Counter>> counters,
                                                           Function<K, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        for (IngestStats stats : source != null ? List.of(this) : sources.values()) {
            counters.apply(stats).forEach((k, counter) -> {
                if (counter.count() > 0) {
                    counts.merge(key.apply(k), (long) counter.count(), Long::sum);
                }
            });
        }
        return counts;
    }
}
