package org.fedoraproject.hubs.widget;

import org.fedoraproject.hubs.bus.BusMessage;

/**
 * A {@link CachedFunction} whose value accumulates the messages that invalidate it (an activity
 * stream), rather than asking an outside service again: the messages themselves are the data.
 * Triage hands each such message to {@link #record} for the widget instance it invalidates, on the
 * triage thread, before the instance's rebuild is queued; the function's
 * {@link CachedFunction#execute(long, WidgetConfig)} then reads what was recorded for that instance.
 *
 * <p>Contract, because triage runs before the rebuild and may run again:
 * <ul>
 * <li>{@code record} makes the message durable and visible to other transactions before it
 *     returns (its own transaction, e.g. {@code REQUIRES_NEW}): the rebuild it precedes is queued at
 *     once and may run before the triage's own transaction commits.</li>
 * <li>It is idempotent per message ({@link BusMessage#dedupeKey()}): a triage that rolls back is
 *     redelivered and records the same message again.</li>
 * <li>An exception from it rolls the triage back (the broker redelivers the message, then
 *     dead-letters it), unlike {@code shouldInvalidate}, whose failures only count as "no": losing a
 *     message silently would leave a hole in the stream for good.</li>
 * </ul>
 */
public interface MessageLog {

    /** Keeps {@code message} for the widget instance {@code widgetId}, configured as {@code config}. */
    void record(BusMessage message, long widgetId, WidgetConfig config);
}
