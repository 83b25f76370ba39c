package org.fedoraproject.hubs.hub;

/**
 * A widget instance was added, changed or removed; fired by {@link HubService} and observed after
 * the transaction commits (directory, rebuilds, open pages).
 */
public record WidgetChanged(Kind kind, WidgetRef widget, boolean configChanged) {

    public enum Kind {
        ADDED, UPDATED, REMOVED;

        /** The live event name the pages receive, e.g. {@code widget.added}. */
        public String eventName() {
            return "widget." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
