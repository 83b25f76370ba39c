package org.fedoraproject.hubs.hub;

import java.util.Optional;
import org.fedoraproject.hubs.EnumKeys;

/**
 * A widget instance was added, changed or removed; fired by {@link HubService} and observed after
 * the transaction commits (directory, triage index, rebuilds, open pages). {@code fromPeer}: the
 * change was made on another server of the cluster and found here by {@link WidgetDirectory#reconcile};
 * that server has already announced it and queued its rebuild.
 */
public record WidgetChanged(Kind kind, WidgetRef widget, boolean configChanged, boolean fromPeer) {

    public enum Kind {
        ADDED, UPDATED, REMOVED;

        /** The live event name the pages receive, e.g. {@code widget.added}. */
        public String eventName() {
            return "widget." + EnumKeys.key(this);
        }
    }

    /** A change made on this server. */
    static WidgetChanged local(Kind kind, WidgetRef widget, boolean configChanged) {
        return new WidgetChanged(kind, widget, configChanged, false);
    }

    /** What another server changed, judged from what this one knows and what is stored; empty when they agree. */
    static Optional<WidgetChanged> fromPeer(Optional<WidgetRef> known, Optional<WidgetRef> stored) {
        if (known.equals(stored)) {
            return Optional.empty();
        }
        if (stored.isEmpty()) {
            return Optional.of(new WidgetChanged(Kind.REMOVED, known.get(), false, true));
        }
        if (known.isEmpty()) {
            return Optional.of(new WidgetChanged(Kind.ADDED, stored.get(), true, true));
        }
        boolean configChanged = !known.get().config().equals(stored.get().config());
        return Optional.of(new WidgetChanged(Kind.UPDATED, stored.get(), configChanged, true));
    }
}
