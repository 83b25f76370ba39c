package org.fedoraproject.hubs.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.fedoraproject.hubs.hub.SchemaMigrations;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database of hubs and widgets gives a valid connection. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SchemaMigrations schema;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(schema.reachable())
                .withData("datasource", schema.database().dataSource())
                .build();
    }
}
