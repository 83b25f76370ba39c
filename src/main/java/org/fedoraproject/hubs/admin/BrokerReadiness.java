package org.fedoraproject.hubs.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the pipeline's queues answer and fewer than {@code hubs.health.max-dead-letters}
 * (default 100) work items wait in the dead-letter queue for an operator.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Inject
    QueueProbe queues;

    @Inject
    @ConfigProperty(name = "hubs.health.max-dead-letters", defaultValue = "100")
    int maxDeadLetters;

    @Override
    public HealthCheckResponse call() {
        try {
            int deadLetters = queues.deadLetterCount(maxDeadLetters);
            return HealthCheckResponse.named("broker").status(deadLetters < maxDeadLetters)
                    .withData("dead_letters", deadLetters)
                    .withData("dead_letters_limit", maxDeadLetters)
                    .build();
        } catch (JMSException | JMSRuntimeException e) {
            return HealthCheckResponse.named("broker").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
