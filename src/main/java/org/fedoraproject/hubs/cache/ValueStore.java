package org.fedoraproject.hubs.cache;

import java.util.Optional;

/** Where cached functions' values live: Infinispan in the server, a map in unit tests. */
public interface ValueStore {

    Optional<CachedValue> get(CacheKey key);

    void put(CacheKey key, CachedValue value);
}
