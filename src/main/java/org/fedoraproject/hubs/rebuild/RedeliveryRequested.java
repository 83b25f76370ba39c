package org.fedoraproject.hubs.rebuild;

import jakarta.ejb.ApplicationException;

/**
 * Thrown out of a message listener to have the message delivered again later. The container rolls
 * the delivery back (an application exception: the bean is kept, no system failure is logged) and
 * the resource adapter sees the failure, which both brokers need in order to redeliver with back-off
 * and dead-letter after the last attempt: Artemis (WildFly, address settings) after any rollback,
 * OpenMQ (Payara, the activation properties of glassfish-ejb-jar.xml) only when onMessage throws; a
 * rollback alone makes OpenMQ deliver the message again at once, for ever.
 */
@ApplicationException(rollback = true)
public class RedeliveryRequested extends RuntimeException {

    public RedeliveryRequested(Throwable cause) {
        super(cause.getMessage(), cause, false, false);
    }
}
