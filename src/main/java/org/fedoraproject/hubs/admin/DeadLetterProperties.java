package org.fedoraproject.hubs.admin;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;

/**
 * What the brokers add to a dead letter, which Artemis (WildFly) and OpenMQ (Payara) name
 * differently: where it was first sent, and their own properties, which Hubs neither shows nor copies.
 */
final class DeadLetterProperties {

    private static final String ARTEMIS_ORIGIN = "_AMQ_ORIG_ADDRESS";

    private DeadLetterProperties() {
    }

    /** The destination the letter was sent to before it died ({@code hubs.inbound}, or OpenMQ's {@code hubs_inbound}). */
    static String origin(Message letter) throws JMSException {
        Object artemis = letter.getObjectProperty(ARTEMIS_ORIGIN);
        if (artemis != null) {
            return artemis.toString();
        }
        // OpenMQ's dead letters keep their original headers, the destination among them.
        Destination destination = letter.getJMSDestination();
        return destination instanceof Queue queue ? queue.getQueueName() : String.valueOf(destination);
    }

    /** Whether it came from that queue of Hubs ({@code hubs.inbound} is {@code hubs_inbound} on OpenMQ). */
    static boolean cameFrom(String origin, String queue) {
        return origin.endsWith(queue) || origin.endsWith(queue.replace('.', '_'));
    }

    /** A property of the broker or of JMS itself, not one of Hubs'. */
    static boolean isBrokers(String name) {
        return name.startsWith("_AMQ") || name.startsWith("JMSX") || name.startsWith("JMS_SUN");
    }
}
