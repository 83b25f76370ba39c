package org.fedoraproject.hubs.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.fedoraproject.hubs.bus.BusSubscriber;

/** Alive while the bus receive loop runs (it restarts itself after errors; a dead loop needs a restart of Hubs). */
@Liveness
@ApplicationScoped
public class IngestLiveness implements HealthCheck {

    @Inject
    BusSubscriber subscriber;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ingest-loop").status(subscriber.receiving()).build();
    }
}
