package org.fedoraproject.hubs.admin;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Looks into the pipeline's queues by browsing them (portable JMS, no broker-specific API): how
 * many messages wait, and what the dead letters are.
 */
@ApplicationScoped
public class QueueProbe {

    /** Browsing is linear: stop counting here and report "at least". */
    private static final int COUNT_LIMIT = 10_000;
    private static final int DEAD_LETTERS_SHOWN = 20;

    /** Its own connections, not an injected JMSContext: health checks call this outside any request. */
    @Resource(lookup = "java:comp/env/jms/hubs/connection-factory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:comp/env/jms/hubs/inbound")
    Queue inbound;

    @Resource(lookup = "java:comp/env/jms/hubs/rebuild")
    Queue rebuild;

    @Resource(lookup = "java:comp/env/jms/hubs/dead-letter")
    Queue deadLetter;

    /**
     * Created when the application starts, on a thread that has its naming context: the health checks
     * that use this bean run on the server's management threads, where {@code java:comp} lookups fail.
     */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing to do: observing the event makes the container create this bean now
    }

    public JsonArrayBuilder queues() throws JMSException {
        return JSON.createArrayBuilder()
                .add(depth("hubs.inbound", inbound))
                .add(depth("hubs.rebuild", rebuild))
                .add(depth("hubs-dead-letter", deadLetter));
    }

    /** How many dead letters wait, counting no further than {@code limit}. */
    public int deadLetterCount(int limit) throws JMSException {
        return count(deadLetter, limit);
    }

    /** The oldest dead letters with where they came from and their references (browsed lazily: only those shown are read). */
    public JsonArrayBuilder deadLetters() throws JMSException {
        JsonArrayBuilder letters = JSON.createArrayBuilder();
        try (JMSContext jms = connectionFactory.createContext(); QueueBrowser browser = jms.createBrowser(deadLetter)) {
            Enumeration<?> elements = browser.getEnumeration();
            for (int shown = 0; shown < DEAD_LETTERS_SHOWN && elements.hasMoreElements(); shown++) {
                Message message = (Message) elements.nextElement();
                JsonObjectBuilder letter = JSON.createObjectBuilder()
                        .add("id", String.valueOf(message.getJMSMessageID()))
                        .add("from", DeadLetterProperties.origin(message))
                        .add("deliveries", message.getIntProperty("JMSXDeliveryCount"));
                for (String name : Collections.list((Enumeration<String>) message.getPropertyNames())) {
                    if (!DeadLetterProperties.isBrokers(name)) {
                        letter.add(name, String.valueOf(message.getObjectProperty(name)));
                    }
                }
                letters.add(letter);
            }
        }
        return letters;
    }

    private JsonObjectBuilder depth(String name, Queue queue) throws JMSException {
        int count = count(queue, COUNT_LIMIT);
        return JSON.createObjectBuilder().add("name", name).add("messages", count)
                .add("at_least", count == COUNT_LIMIT);
    }

    private int count(Queue queue, int limit) throws JMSException {
        int count = 0;
        try (JMSContext jms = connectionFactory.createContext(); QueueBrowser browser = jms.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && count < limit) {
                messages.nextElement();
                count++;
            }
        }
        return count;
    }
}
