package org.fedoraproject.hubs.triage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of triage, for operators: messages triaged, work items queued, failures by widget type. */
@ApplicationScoped
public class TriageStats {

    private final LongAdder messages = new LongAdder();
    private final LongAdder workItems = new LongAdder();
    private final Map<String, LongAdder> failuresByType = new ConcurrentHashMap<>();

    void triaged(int items) {
        messages.increment();
        workItems.add(items);
    }

    void failed(String widgetType) {
        failuresByType.computeIfAbsent(widgetType, t -> new LongAdder()).increment();
    }

    public long messages() {
        return messages.sum();
    }

    public long workItems() {
        return workItems.sum();
    }

    public Map<String, Long> failuresByType() {
        Map<String, Long> copy = new TreeMap<>();
        failuresByType.forEach((type, count) -> copy.put(type, count.sum()));
        return copy;
    }
}
