package org.fedoraproject.hubs.triage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.fedoraproject.hubs.HubsMeters;

/**
 * Counters of triage, for operators: messages triaged, work items queued, failures by widget type.
 * Micrometer counters ({@code hubs.triage.*}), served by the server at {@code /metrics}.
 */
@ApplicationScoped
public class TriageStats {

    private final MeterRegistry registry;
    private final Counter messages;
    private final Counter workItems;
    private final Map<String, Counter> failuresByType = new ConcurrentHashMap<>();

    /** For the container's proxy only. */
    protected TriageStats() {
        this.registry = null;
        this.messages = null;
        this.workItems = null;
    }

    @Inject
    public TriageStats(@HubsMeters.Registry MeterRegistry registry) {
        this.registry = registry;
        this.messages = registry.counter("hubs.triage.messages", Tags.empty());
        this.workItems = registry.counter("hubs.triage.work.items", Tags.empty());
    }

    void triaged(int items) {
        messages.increment();
        workItems.increment(items);
    }

    void failed(String widgetType) {
        failuresByType.computeIfAbsent(widgetType,
                type -> registry.counter("hubs.triage.failures", Tags.of("widget_type", type))).increment();
    }

    public long messages() {
        return (long) messages.count();
    }

    public long workItems() {
        return (long) workItems.count();
    }

    public Map<String, Long> failuresByType() {
        Map<String, Long> copy = new TreeMap<>();
        failuresByType.forEach((type, count) -> copy.put(type, (long) count.count()));
        return copy;
    }
}
