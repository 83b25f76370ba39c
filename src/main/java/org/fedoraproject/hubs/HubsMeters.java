package org.fedoraproject.hubs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.logging.Logger;

/**
 * The meter registry Hubs counts into: the server's where it has one (WildFly's micrometer
 * subsystem, exported at {@code :9990/metrics}), otherwise one of Hubs' own (Payara), which the
 * admin page still reads. Inject it as {@code @HubsMeters.Registry MeterRegistry}.
 */
@ApplicationScoped
public class HubsMeters {

    private static final Logger LOG = Logger.getLogger(HubsMeters.class.getName());

    /** The registry Hubs' counters go to. */
    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
    public @interface Registry {
    }

    @Inject
    Instance<MeterRegistry> server;

    private MeterRegistry registry;

    @PostConstruct
    void choose() {
        registry = server.stream().findFirst().orElse(null);
        if (registry == null) {
            registry = new SimpleMeterRegistry();
            LOG.info("This server provides no meter registry: Hubs counts into its own (the admin page shows it)");
        } else {
            LOG.info(() -> "Hubs counts into the server's meter registry (" + registry.getClass().getName() + ")");
        }
    }

    @Produces
    @Dependent
    @Registry
    MeterRegistry registry() {
        return registry;
    }
}
