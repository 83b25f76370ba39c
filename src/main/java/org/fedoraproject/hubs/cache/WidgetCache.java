package org.fedoraproject.hubs.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.infinispan.Cache;

/** The cached functions' values. */
@ApplicationScoped
public class WidgetCache implements ValueStore {

    @Inject
    HubsCaches caches;

    private Cache<String, String> values;

    @PostConstruct
    void open() {
        values = caches.widgetData();
    }

    @Override
    public Optional<CachedValue> get(CacheKey key) {
        return Optional.ofNullable(values.get(key.asString())).map(CachedValue::fromJson);
    }

    @Override
    public void put(CacheKey key, CachedValue value) {
        values.put(key.asString(), value.toJson());
    }

    public int size() {
        return values.size();
    }
}
