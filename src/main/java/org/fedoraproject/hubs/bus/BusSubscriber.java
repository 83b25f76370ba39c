package org.fedoraproject.hubs.bus;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bridges the bus into JMS from deployment to undeployment: one receive loop on a container-managed
 * thread, subscribed to {@code hubs.bus.endpoints} for {@code hubs.bus.topics}.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BusSubscriber {

    @Inject
    @ConfigProperty(name = "hubs.bus.endpoints", defaultValue = "tcp://hub.fedoraproject.org:9940")
    List<String> endpoints;

    @Inject
    @ConfigProperty(name = "hubs.bus.topics")
    Optional<List<String>> topics;

    @Inject
    @ConfigProperty(name = "hubs.bus.max-message-bytes", defaultValue = "1048576")
    int maxMessageBytes;

    @Inject
    IngestStats stats;

    @Inject
    SignatureSettings signatures;

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/hubs/inbound")
    Queue inbound;

    private SubscriberLoop loop;
    private JmsForwarder forwarder;

    @PostConstruct
    void start() {
        forwarder = new JmsForwarder(connectionFactory, inbound);
        Ingest ingest = new Ingest(new FrameValidator(maxMessageBytes), signatures.check(), forwarder, stats);
        loop = new SubscriberLoop(endpoints, topics.orElse(List.of()), ingest);
        threads.newThread(loop).start();
    }

    @PreDestroy
    void stop() {
        try {
            loop.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // undeployment goes on; the loop ends with the context
        } finally {
            forwarder.close();
        }
    }
}
