package org.fedoraproject.hubs.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.rebuild.WorkItem;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * Decides which cached functions a message invalidates by asking each widget instance's functions.
 * A function that throws is counted against its widget type and treated as "no": one broken widget
 * type cannot stop triage for the others.
 */
public final class Triage {

    private static final Logger LOG = Logger.getLogger(Triage.class.getName());

    private final Function<String, Optional<WidgetType>> types;
    private final TriageStats stats;

    public Triage(Function<String, Optional<WidgetType>> types, TriageStats stats) {
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
                if (asks(type.get(), function, message, widget)) {
                    work.add(new WorkItem(widget.id(), function.id()));
                }
            }
        }
        stats.triaged(work.size());
        return work;
    }

    private boolean asks(WidgetType type, CachedFunction function, BusMessage message, WidgetRef widget) {
        try {
            return function.shouldInvalidate(message, widget.config());
        } catch (RuntimeException e) {
            stats.failed(type.name());
            LOG.log(Level.WARNING, e, () -> type.name() + "/" + function.id()
                    + " failed deciding about " + message + "; treated as not invalidated");
            return false;
        }
    }
}
