package org.fedoraproject.hubs.admin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.fedoraproject.hubs.web.Problem;

/**
 * What operators do with a dead letter: send it back to the queue it came from for another try
 * (after fixing the cause), or discard it. Either takes the one message out of the dead letters
 * in a transaction: if the send back fails, it stays. A JTA transaction, which the platform's
 * default connection factory joins on both servers: connections of a resource adapter have no
 * local transactions inside a server (OpenMQ's on Payara refuse them; JMS 2.0, 12.3).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());
    /**
     * Message ids of Artemis (ID:9d3b2c1e-...) and OpenMQ (ID:12-127.0.0.1(a3:5f:...)-40123-1733...):
     * nothing else, and no quote, reaches the selector.
     */
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9.:()\\[\\]-]{1,100}");

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:comp/env/jms/hubs/dead-letter")
    Queue deadLetter;

    @Resource(lookup = "java:comp/env/jms/hubs/inbound")
    Queue inbound;

    @Resource(lookup = "java:comp/env/jms/hubs/rebuild")
    Queue rebuild;

    /** Sends the dead letter back to its queue; 404 if there is no such dead letter. */
    @Transactional
    public void retry(String id) {
        take(id, (context, letter) -> {
            Queue origin = origin(DeadLetterProperties.origin(letter));
            Message copy = letter instanceof TextMessage text ? context.createTextMessage(text.getText()) : context.createMessage();
            for (String name : Collections.list((Enumeration<String>) letter.getPropertyNames())) {
                if (!DeadLetterProperties.isBrokers(name)) {
                    copy.setObjectProperty(name, letter.getObjectProperty(name));
                }
            }
            context.createProducer().send(origin, copy);
            LOG.info(() -> "Dead letter " + id + " sent back to " + origin + " by an operator");
        });
    }

    /** Drops the dead letter for good; 404 if there is no such dead letter. */
    @Transactional
    public void discard(String id) {
        take(id, (context, letter) -> LOG.info(() -> "Dead letter " + id + " discarded by an operator"));
    }

    private interface Action {
        void apply(JMSContext context, Message letter) throws JMSException;
    }

    private void take(String id, Action action) {
        if (!MESSAGE_ID.matcher(id).matches()) {
            throw Problem.invalid("'" + id + "' is not a message id", Map.of("id", "must look like ID:1234-abcd"));
        }
        // Anything thrown rolls the transaction back: the dead letter stays where it was.
        try (JMSContext context = connectionFactory.createContext();
             JMSConsumer consumer = context.createConsumer(deadLetter, "JMSMessageID = '" + id + "'")) {
            Message letter = consumer.receive(2000);
            if (letter == null) {
                throw Problem.notFound("There is no dead letter " + id);
            }
            action.apply(context, letter);
        } catch (JMSException e) {
            throw new IllegalStateException("handling dead letter " + id + " failed", e);
        }
    }

    private Queue origin(String address) {
        if (DeadLetterProperties.cameFrom(address, "hubs.inbound")) {
            return inbound;
        }
        if (DeadLetterProperties.cameFrom(address, "hubs.rebuild")) {
            return rebuild;
        }
        throw new Problem(409, "Unknown origin", "The dead letter came from '" + address
                + "', which is not a queue of Hubs: discard it instead", Map.of());
    }
}
