package org.fedoraproject.hubs.rebuild;

import java.time.Clock;
import org.fedoraproject.hubs.cache.CacheKey;
import org.fedoraproject.hubs.cache.CachedValue;
import org.fedoraproject.hubs.cache.ValueStore;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.widget.CachedFunction;

/**
 * Recomputes one cached value. On success the value replaces the old one; on failure the old value
 * stays, the failure (when, why) is recorded next to it for the widget and operators to see, and
 * the caller learns of it to retry later.
 */
public final class Rebuilder {

    private final ValueStore store;
    private final Clock clock;

    public Rebuilder(ValueStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public CachedValue rebuild(WidgetRef widget, CachedFunction function) throws RebuildFailedException {
        CacheKey key = CacheKey.of(widget, function.id());
        try {
            CachedValue value = CachedValue.computed(function.execute(widget.id(), widget.config()), clock.instant());
            store.put(key, value);
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw record(key, widget, function, e);
        } catch (Exception e) {
            throw record(key, widget, function, e);
        }
    }

    private RebuildFailedException record(CacheKey key, WidgetRef widget, CachedFunction function, Exception cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        store.put(key, CachedValue.failed(store.get(key).orElse(null), reason, clock.instant()));
        return new RebuildFailedException("widget " + widget.id() + " (" + widget.type() + "/" + function.id()
                + ") could not be rebuilt: " + reason, cause);
    }
}
