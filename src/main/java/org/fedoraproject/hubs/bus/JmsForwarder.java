package org.fedoraproject.hubs.bus;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

/**
 * Sends valid bus messages to {@code hubs.inbound} as persistent text messages (the envelope as
 * body; topic and id as properties). Owned by the receive loop's thread: a JMS context is not
 * meant to be shared between threads.
 */
final class JmsForwarder implements Ingest.Forwarder, AutoCloseable {

    static final String TOPIC = "topic";
    static final String MSG_ID = "msg_id";
    /** Artemis drops a message whose id it has already seen on the address (within its durable duplicate-id cache). */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private final ConnectionFactory connectionFactory;
    private final Queue inbound;
    private JMSContext context;
    private JMSProducer producer;

    JmsForwarder(ConnectionFactory connectionFactory, Queue inbound) {
        this.connectionFactory = connectionFactory;
        this.inbound = inbound;
    }

    @Override
    public void forward(FrameValidator.Accepted accepted) {
        if (context == null) {
            context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
            producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        }
        try {
            TextMessage message = context.createTextMessage(accepted.envelopeJson());
            message.setStringProperty(TOPIC, accepted.message().topic());
            if (accepted.message().id().isPresent()) {
                message.setStringProperty(MSG_ID, accepted.message().id().get());
            }
            message.setStringProperty(DUPLICATE_ID, accepted.message().dedupeKey());
            producer.send(inbound, message);
        } catch (jakarta.jms.JMSException | RuntimeException e) {
            close(); // start from a fresh connection with the next message
            throw new IllegalStateException("sending to hubs.inbound failed", e);
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
            producer = null;
        }
    }
}
