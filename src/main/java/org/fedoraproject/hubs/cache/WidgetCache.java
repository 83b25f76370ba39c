package org.fedoraproject.hubs.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/** The cached functions' values, and the markers of rebuilds already requested. */
@ApplicationScoped
public class WidgetCache implements ValueStore {

    /** How long a requested rebuild keeps further requests for the same value from queueing another. */
    private static final long PENDING_SECONDS = 30;

    @Resource(lookup = "java:jboss/infinispan/cache/hubs/widget-data")
    Cache<String, String> values;

    @Resource(lookup = "java:jboss/infinispan/cache/hubs/rebuild-pending")
    Cache<String, String> pending;

    @Override
    public Optional<CachedValue> get(CacheKey key) {
        return Optional.ofNullable(values.get(key.asString())).map(CachedValue::fromJson);
    }

    @Override
    public void put(CacheKey key, CachedValue value) {
        values.put(key.asString(), value.toJson());
    }

    /**
     * Marks a rebuild of {@code key} as requested; {@code true} when no request was pending, i.e.
     * the caller should queue one. The marker expires, so a lost request is retried later.
     */
    public boolean markPending(CacheKey key) {
        return pending.putIfAbsent(key.asString(), "", PENDING_SECONDS, TimeUnit.SECONDS) == null;
    }

    public boolean isPending(CacheKey key) {
        return pending.containsKey(key.asString());
    }

    /**
     * A worker starts rebuilding {@code key}: from now on a new request must queue a new rebuild,
     * since this one may already have read the data that the request is about.
     */
    public void clearPending(CacheKey key) {
        pending.remove(key.asString());
    }

    public int size() {
        return values.size();
    }
}
