package org.fedoraproject.hubs.widget;

import jakarta.json.JsonValue;
import org.fedoraproject.hubs.bus.BusMessage;

/**
 * One cached computation of a widget. Its value is cached per widget instance and configuration,
 * never expires, and is recomputed in the background when a bus message invalidates it.
 */
public interface CachedFunction {

    /** Stable within its widget type: part of the cache key and of the widget's data. */
    String id();

    /** Computes the value (e.g. queries Bugzilla). May block on I/O; must time out on its own. */
    JsonValue execute(WidgetConfig config) throws Exception;

    /**
     * Computes the value of the widget instance {@code widgetId}: what rebuilds call. The default
     * is {@link #execute(WidgetConfig)}, for values that depend on the configuration alone; a
     * function whose value belongs to its instance (what a {@link MessageLog} recorded for it)
     * overrides this one instead.
     */
    default JsonValue execute(long widgetId, WidgetConfig config) throws Exception {
        return execute(config);
    }

    /** Whether {@code message} may change what {@link #execute} returns for {@code config}. */
    boolean shouldInvalidate(BusMessage message, WidgetConfig config);

    /**
     * Narrows which messages triage asks {@link #shouldInvalidate} about. The default, no hints,
     * means "ask me about every message": correct, only slower.
     */
    default Hints hints(WidgetConfig config) {
        return Hints.NONE;
    }
}
