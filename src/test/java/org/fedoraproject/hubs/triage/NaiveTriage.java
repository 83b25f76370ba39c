package org.fedoraproject.hubs.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.rebuild.WorkItem;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * The reference triage: asks every function of every widget instance about every message, as the
 * original Hubs did. Indexed triage must decide exactly as it does; the benchmark measures both.
 */
public final class NaiveTriage {

    private final Function<String, Optional<WidgetType>> types;
    private final TriageStats stats;

    public NaiveTriage(Function<String, Optional<WidgetType>> types, TriageStats stats) {
        this.types = types;
        this.stats = stats;
    }

    public List<WorkItem> invalidated(BusMessage message, Collection<WidgetRef> widgets) {
        List<WorkItem> work = new ArrayList<>();
        for (WidgetRef widget : widgets) {
            Optional<WidgetType> type = types.apply(widget.type());
            if (type.isEmpty()) {
                continue; // an instance of a type this build no longer has: nothing can rebuild it
            }
            for (CachedFunction function : type.get().functions()) {
                if (Triage.invalidates(widget, function, message, stats)) {
                    work.add(new WorkItem(widget.id(), function.id()));
                }
            }
        }
        stats.triaged(work.size());
        return work;
    }
}
