package org.fedoraproject.hubs.admin;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The raw broker on this server, measured the way the pipeline uses it (persistent messages of a
 * given size sent and received on an embedded Artemis queue), for comparing the pipeline with.
 */
@ApplicationScoped
public class BrokerBaseline {

    /** Bounds one measurement (at most 128 MiB through the journal), so that the endpoint cannot flood the broker. */
    static final int MAX_MESSAGES = 2_000;
    static final int MAX_BYTES = 65_536;

    /** One measurement at a time: a second one would measure the first, and doubles the load. */
    private final ReentrantLock running = new ReentrantLock();

    @Resource(lookup = "java:comp/env/jms/hubs/connection-factory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:comp/env/jms/hubs/baseline")
    Queue queue;

    /** The figures, or empty when another measurement is running. */
    public Optional<JsonObject> measureAlone(int messages, int bytes) {
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(measure(messages, bytes));
        } finally {
            running.unlock();
        }
    }

    private JsonObject measure(int messages, int bytes) {
        String body = "x".repeat(bytes);
        long[] latencies = new long[messages];
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = context.createConsumer(queue)) {
            while (consumer.receiveNoWait() != null) {
                // leftovers of an interrupted earlier measurement must not count
            }
            JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                producer.setProperty("sentAt", System.nanoTime()).send(queue, body);
            }
            long sent = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                Message message = consumer.receive(30_000);
                if (message == null) {
                    throw new IllegalStateException("the broker returned " + i + " of " + messages + " messages");
                }
                latencies[i] = System.nanoTime() - message.getLongProperty("sentAt");
            }
            long done = System.nanoTime();
            Arrays.sort(latencies);
            return JSON.createObjectBuilder()
                    .add("messages", messages)
                    .add("bytes", bytes)
                    .add("send_per_second", messages / ((sent - start) / 1e9))
                    .add("send_receive_per_second", messages / ((done - start) / 1e9))
                    .add("latency_p50_ms", latencies[messages / 2] / 1e6)
                    .add("latency_p99_ms", latencies[Math.min(messages - 1, (int) (messages * 0.99))] / 1e6)
                    .build();
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("broker baseline failed", e);
        }
    }
}
