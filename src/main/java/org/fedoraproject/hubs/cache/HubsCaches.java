package org.fedoraproject.hubs.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.manager.EmbeddedCacheManager;

/**
 * Hubs' two Infinispan caches, the widgets' values and the rebuild states, wherever
 * {@code hubs.cache.mode} says they live:
 * <ul>
 * <li>{@code server} (WildFly): the server's cache container {@code hubs}, defined by
 * {@code server-config/wildfly/} (replicated when the servers form a cluster), reached through the
 * resource references {@code infinispan/widget-data} and {@code infinispan/rebuild-state} that
 * {@code jboss-web.xml} maps;</li>
 * <li>{@code embedded} (Payara, which has no Infinispan subsystem): a cache manager of the
 * application's own, with the same two caches configured as the server's, local to this server.</li>
 * </ul>
 */
@ApplicationScoped
public class HubsCaches {

    static final String WIDGET_DATA = "widget-data";
    static final String REBUILD_STATE = "rebuild-state";
    /** As {@code server-config/wildfly/hubs.cli}: the values kept, and how long a rebuild state may outlive a lost work item. */
    static final long WIDGET_DATA_MAX_ENTRIES = 200_000;
    static final long REBUILD_STATE_LIFESPAN_MS = 300_000;

    @Inject
    @ConfigProperty(name = "hubs.cache.mode", defaultValue = "server")
    String mode;

    private EmbeddedCacheManager embedded;
    private Cache<String, String> widgetData;
    private Cache<String, String> rebuildStates;

    /**
     * Opened when the application starts, on a thread that has its naming context ({@code java:comp}),
     * not when some management thread happens to ask first.
     */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing to do: observing the event makes the container create this bean now
    }

    @PostConstruct
    void open() {
        if (mode.equals("embedded")) {
            embedded = new DefaultCacheManager(new GlobalConfigurationBuilder().cacheManagerName("hubs")
                    .jmx().disable().build());
            embedded.defineConfiguration(WIDGET_DATA, new ConfigurationBuilder()
                    .memory().maxCount(WIDGET_DATA_MAX_ENTRIES).statistics().enable().build());
            embedded.defineConfiguration(REBUILD_STATE, new ConfigurationBuilder()
                    .expiration().lifespan(REBUILD_STATE_LIFESPAN_MS).build());
        } else if (!mode.equals("server")) {
            throw new IllegalStateException("hubs.cache.mode is '" + mode + "': it must be server or embedded");
        }
        widgetData = cache(WIDGET_DATA);
        rebuildStates = cache(REBUILD_STATE);
    }

    /** Cached function values by cache key. */
    public Cache<String, String> widgetData() {
        return widgetData;
    }

    /** Rebuild states by work item (see {@code RebuildCoordinator}). */
    public Cache<String, String> rebuildStates() {
        return rebuildStates;
    }

    @SuppressWarnings("unchecked")
    private Cache<String, String> cache(String name) {
        if (embedded != null) {
            return embedded.getCache(name);
        }
        try {
            return (Cache<String, String>) new InitialContext().lookup("java:comp/env/infinispan/" + name);
        } catch (NamingException e) {
            throw new IllegalStateException("hubs.cache.mode=server, but the server has no cache for the resource"
                    + " reference infinispan/" + name + " (jboss-web.xml and server-config/ define it)", e);
        }
    }

    @PreDestroy
    void close() {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
