package org.fedoraproject.hubs.cache;

import org.fedoraproject.hubs.hub.WidgetRef;

/**
 * Identifies one cached value: widget instance, cached function and the hash of the instance's
 * configuration, so that a changed configuration never reads the old one's value.
 */
public record CacheKey(long widgetId, String functionId, String configHash) {

    public static CacheKey of(WidgetRef widget, String functionId) {
        return new CacheKey(widget.id(), functionId, widget.config().hash());
    }

    /** The form stored in Infinispan: {@code 42/reviews/9f86d081884c7d65}. */
    public String asString() {
        return widgetId + "/" + functionId + "/" + configHash;
    }
}
