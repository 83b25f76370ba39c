package org.fedoraproject.hubs.bus;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fedora-messaging source ({@code hubs.amqp.url}; off when empty): a durable, UUID-named queue
 * bound to {@code amq.topic} with {@code hubs.amqp.routing-keys}, consumed with manual
 * acknowledgements. A message is acknowledged only once it is on the durable JMS queue (or was
 * rejected or recognised as a duplicate on purpose), so a crash or a broker restart loses nothing:
 * the broker redelivers what was not acknowledged, and de-duplication absorbs the repeats.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AmqpSubscriber {

    private static final Logger LOG = Logger.getLogger(AmqpSubscriber.class.getName());
    private static final String EXCHANGE = "amq.topic";
    private static final int PREFETCH = 100;

    @Inject
    @ConfigProperty(name = "hubs.amqp.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "hubs.amqp.routing-keys", defaultValue = "#")
    List<String> routingKeys;

    /** Fedora's public broker only allows UUID queue names; by default one is made once and kept. */
    @Inject
    @ConfigProperty(name = "hubs.amqp.queue")
    Optional<String> queueName;

    @Inject
    @ConfigProperty(name = "hubs.amqp.tls.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "hubs.amqp.tls.keystore-password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "hubs.amqp.tls.truststore")
    Optional<String> truststore;

    @Inject
    @ConfigProperty(name = "hubs.amqp.tls.truststore-password")
    Optional<String> truststorePassword;

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
    jakarta.jms.ConnectionFactory jmsConnectionFactory;

    @Resource(lookup = "java:comp/env/jms/hubs/inbound")
    Queue inbound;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private IngestStats source;
    /** Between attempts at a first connection (the scheduler runs them one at a time). */
    private final Backoff reconnect = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));
    private ExecutorService dispatch;
    private Connection connection;
    private JmsForwarder forwarder;

    @PostConstruct
    void start() {
        if (url.isEmpty() || url.get().isBlank()) {
            return;
        }
        source = stats.source(broker());
        connect();
    }

    /**
     * Connects, declares and binds the queue, and starts consuming. Once connected, the client's
     * automatic recovery reconnects by itself; a first connection that fails (the broker is down
     * when Hubs starts) is tried again here, with back-off, until it works.
     */
    private void connect() {
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri(url.get());
            if (url.get().startsWith("amqps:")) {
                factory.useSslProtocol(tls());
            }
            factory.setThreadFactory(threads);
            factory.setAutomaticRecoveryEnabled(true); // reconnects, redeclares, resumes consuming
            factory.setTopologyRecoveryEnabled(true);
            // one dispatch thread: deliveries are handled in order, and the JMS forwarder is never shared
            dispatch = Executors.newSingleThreadExecutor(threads);
            connection = factory.newConnection(dispatch, "hubs");
            Channel channel = connection.createChannel();
            channel.basicQos(PREFETCH);
            String queue = queue();
            channel.queueDeclare(queue, true, false, false, null);
            for (String key : routingKeys) {
                channel.queueBind(queue, EXCHANGE, key.strip());
            }
            forwarder = new JmsForwarder(jmsConnectionFactory, inbound);
            Ingest ingest = new Ingest(new FrameValidator(maxMessageBytes), signatures.check(), forwarder);
            connection.addShutdownListener(cause -> source.connection("disconnected"));
            ((com.rabbitmq.client.Recoverable) connection).addRecoveryListener(new com.rabbitmq.client.RecoveryListener() {
                @Override
                public void handleRecovery(com.rabbitmq.client.Recoverable recovered) {
                    source.connection("connected");
                }

                @Override
                public void handleRecoveryStarted(com.rabbitmq.client.Recoverable recovering) {
                    source.connection("reconnecting");
                }
            });
            channel.basicConsume(queue, false, "hubs", new Deliveries(channel, ingest, forwarder, source, maxMessageBytes));
            source.connection("connected");
            reconnect.reset();
            LOG.info(() -> "Consuming fedora-messaging queue " + queue + " bound to " + EXCHANGE + " " + routingKeys);
        } catch (IOException | TimeoutException | GeneralSecurityException | java.net.URISyntaxException e) {
            // The deployment goes on without this source for now (ZeroMQ, the pages, the API still work).
            Duration pause = reconnect.next();
            LOG.log(Level.SEVERE, "Cannot connect to the fedora-messaging broker at " + broker() + "; trying again in "
                    + pause.toSeconds() + " s", e);
            source.connection("reconnecting");
            if (connection != null) {
                connection.abort(); // half set up: start again from nothing
                connection = null;
            }
            if (dispatch != null) {
                dispatch.shutdownNow();
            }
            scheduler.schedule(this::connect, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Hands each delivery to ingest. Every delivery ends acknowledged (queued, a duplicate, or
     * refused and counted under its reason) or, when the JMS queue did not take it, negatively
     * acknowledged for the broker to deliver again, after a pause that grows while the failures
     * go on (so a down JMS broker does not make a hot redelivery loop).
     */
    private static final class Deliveries extends DefaultConsumer {
        private final Ingest ingest;
        private final Ingest.Forwarder forwarder;
        private final IngestStats source;
        private final int maxBytes;
        private final Backoff failures = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

        Deliveries(Channel channel, Ingest ingest, Ingest.Forwarder forwarder, IngestStats source, int maxBytes) {
            super(channel);
            this.ingest = ingest;
            this.forwarder = forwarder;
            this.source = source;
            this.maxBytes = maxBytes;
        }

        @Override
        public void handleDelivery(String tag, Envelope delivery, AMQP.BasicProperties properties, byte[] body)
                throws IOException {
            Ingest.Outcome outcome;
            try {
                if (body.length > maxBytes) {
                    throw new InvalidMessageException(RejectionReason.TOO_LARGE,
                            "AMQP body of " + body.length + " bytes exceeds the limit of " + maxBytes);
                }
                String envelope = FedoraMessagingEnvelope.of(delivery.getRoutingKey(), properties.getMessageId(),
                        properties.getHeaders(), body);
                outcome = ingest.acceptEnvelope(source, envelope, forwarder);
            } catch (InvalidMessageException e) {
                outcome = ingest.rejectedBeforeParsing(source, e);
            }
            if (outcome == Ingest.Outcome.FAILED) {
                try {
                    failures.pause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // shutting down: the nack below still returns the message
                }
                getChannel().basicNack(delivery.getDeliveryTag(), false, true); // the broker tries again
            } else {
                failures.reset();
                getChannel().basicAck(delivery.getDeliveryTag(), false);
            }
        }

        @Override
        public void handleCancel(String consumerTag) {
            // The broker cancelled the consumer (its queue was deleted): nothing arrives any more.
            LOG.severe("The fedora-messaging broker cancelled Hubs' consumer " + consumerTag);
            source.connection("no consumer");
        }
    }

    /** The broker as operators should see it: without the credentials of the URL. */
    private String broker() {
        return url.get().replaceFirst("//[^@/]*@", "//");
    }

    private String queue() throws IOException {
        if (queueName.isPresent()) {
            return queueName.get();
        }
        Path file = StateFiles.of("amqp-queue");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        String name = UUID.randomUUID().toString();
        Files.createDirectories(file.getParent());
        Files.writeString(file, name, StandardCharsets.UTF_8);
        return name;
    }

    /** The client certificate and the broker's CA, as the public Fedora broker requires. */
    private SSLContext tls() throws IOException, GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLSv1.2");
        KeyManagerFactory keys = null;
        if (keystore.isPresent()) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            String password = keystorePassword.orElse("");
            keys.init(load(keystore.get(), password), password.toCharArray());
        }
        TrustManagerFactory trust = null;
        if (truststore.isPresent()) {
            trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(truststore.get(), truststorePassword.orElse("")));
        }
        context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(String path, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    @PreDestroy
    void stop() {
        if (connection != null) {
            try {
                connection.close(5000);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Closing the fedora-messaging connection failed", e);
            }
            forwarder.close();
            dispatch.shutdown();
        }
    }
}
