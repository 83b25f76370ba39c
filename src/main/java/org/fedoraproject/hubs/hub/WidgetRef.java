package org.fedoraproject.hubs.hub;

import org.fedoraproject.hubs.widget.WidgetConfig;

/** An immutable snapshot of a widget instance: what triage, rebuilds and views read. */
public record WidgetRef(long id, String hub, String type, WidgetConfig config, String column, int index) {
}
