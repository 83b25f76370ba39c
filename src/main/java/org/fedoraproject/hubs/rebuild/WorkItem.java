package org.fedoraproject.hubs.rebuild;

/** A reference to one cached value to recompute: ids only, the rest is cheap to look up. */
public record WorkItem(long widgetId, String functionId) {
}
