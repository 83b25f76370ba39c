package org.fedoraproject.hubs.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.infinispan.Cache;

/** The cached functions' values. */
@ApplicationScoped
public class WidgetCache implements ValueStore {

    @Resource(lookup = "java:jboss/infinispan/cache/hubs/widget-data")
    Cache<String, String> values;

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
