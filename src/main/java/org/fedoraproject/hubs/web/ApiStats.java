package org.fedoraproject.hubs.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** How many REST requests were refused, by status: a client sending nonsense shows on the admin page. */
@ApplicationScoped
public class ApiStats {

    private final ConcurrentMap<Integer, LongAdder> rejected = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> overLimit = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, LongAdder> failed = new ConcurrentHashMap<>();

    /** Counts a request the server failed (5xx). */
    void failed(int status) {
        failed.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    public Map<String, Long> failedByStatus() {
        Map<String, Long> counts = new TreeMap<>();
        failed.forEach((status, count) -> counts.put(Integer.toString(status), count.sum()));
        return counts;
    }

    /** Counts a refused request; edges outside JAX-RS (servlet filters) call it themselves. */
    public void rejected(int status) {
        rejected.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    /** Counts a request refused with 429 by the named abuse limit (e.g. {@code streams_per_client}). */
    public void overLimit(String limit) {
        overLimit.computeIfAbsent(limit, l -> new LongAdder()).increment();
    }

    public Map<String, Long> overLimitByName() {
        Map<String, Long> counts = new TreeMap<>();
        overLimit.forEach((limit, count) -> counts.put(limit, count.sum()));
        return counts;
    }

    /** Counts by HTTP status, e.g. {@code {"404": 3, "422": 1}}. */
    public Map<String, Long> rejectedByStatus() {
        Map<String, Long> counts = new TreeMap<>();
        rejected.forEach((status, count) -> counts.put(Integer.toString(status), count.sum()));
        return counts;
    }
}
