package org.fedoraproject.hubs.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.fedoraproject.hubs.bus.IngestStats;

/**
 * Ready when every live bus source (each ZeroMQ endpoint, the AMQP broker) is connected and a
 * message arrived within {@code hubs.health.bus-silence} (ISO-8601, default {@code PT10M}): the
 * Fedora bus is never that quiet, so a longer silence means a broken link.
 */
@Readiness
@ApplicationScoped
public class BusReadiness implements HealthCheck {

    /** The states of the datagrepper backlog, a one-off recovery rather than a live source. */
    private static final Set<String> RECOVERY_STATES = Set.of("recovering", "done", "failed");

    @Inject
    IngestStats ingest;

    @Inject
    @ConfigProperty(name = "hubs.health.bus-silence", defaultValue = "PT10M")
    String busSilence;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("bus").up();
        for (Map.Entry<String, IngestStats> source : ingest.sources().entrySet()) {
            String state = source.getValue().connection();
            if (!RECOVERY_STATES.contains(state)) {
                response.withData(source.getKey(), state);
                if (!"connected".equals(state)) {
                    response.down();
                }
            }
        }
        Instant last = ingest.lastMessageAt();
        Duration silence = Duration.parse(busSilence);
        response.withData("last_message_at", String.valueOf(last));
        if (last == null || last.isBefore(Instant.now().minus(silence))) {
            response.withData("silent_for_more_than", silence.toString()).down();
        }
        return response.build();
    }
}
