package org.fedoraproject.hubs.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many REST requests were refused (by status), refused by an abuse limit (by limit) and failed
 * (by status): a client sending nonsense, or a server failing, shows on the admin page.
 */
@ApplicationScoped
public class ApiStats {

    private final Counts rejected = new Counts();
    private final Counts overLimit = new Counts();
    private final Counts failed = new Counts();

    /** Counts a refused request; edges outside JAX-RS (servlet filters) call it themselves. */
    public void rejected(int status) {
        rejected.increment(Integer.toString(status));
    }

    /** Counts a request refused with 429 by the named abuse limit (e.g. {@code streams_per_client}). */
    public void overLimit(String limit) {
        overLimit.increment(limit);
    }

    /** Counts a request the server failed (5xx). */
    void failed(int status) {
        failed.increment(Integer.toString(status));
    }

    /** Counts by HTTP status, e.g. {@code {"404": 3, "422": 1}}. */
    public Map<String, Long> rejectedByStatus() {
        return rejected.snapshot();
    }

    public Map<String, Long> overLimitByName() {
        return overLimit.snapshot();
    }

    public Map<String, Long> failedByStatus() {
        return failed.snapshot();
    }

    /** Counters by name. */
    private static final class Counts {
        private final ConcurrentMap<String, LongAdder> counts = new ConcurrentHashMap<>();

        void increment(String name) {
            counts.computeIfAbsent(name, n -> new LongAdder()).increment();
        }

        Map<String, Long> snapshot() {
            Map<String, Long> copy = new TreeMap<>();
            counts.forEach((name, count) -> copy.put(name, count.sum()));
            return copy;
        }
    }
}
