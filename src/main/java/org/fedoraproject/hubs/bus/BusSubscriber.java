package org.fedoraproject.hubs.bus;

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
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bridges the bus into JMS from deployment to undeployment: one receive loop on a container-managed
 * thread, subscribed to {@code hubs.bus.endpoints} for {@code hubs.bus.topics}. It remembers the
 * send time of the newest message it queued and, on the next start, recovers what was published
 * meanwhile from datagrepper ({@code hubs.bus.datagrepper-url}) through the same path.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BusSubscriber {

    private static final Logger LOG = Logger.getLogger(BusSubscriber.class.getName());
    /** How often the cursor is written: at most this much is fetched twice (and de-duplicated) after a crash. */
    private static final long CURSOR_FLUSH_SECONDS = 10;

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
    @ConfigProperty(name = "hubs.bus.datagrepper-url")
    Optional<String> datagrepperUrl;

    @Inject
    @ConfigProperty(name = "hubs.bus.backlog-max-pages", defaultValue = "1000")
    int backlogMaxPages;

    @Inject
    IngestStats stats;

    @Inject
    SignatureSettings signatures;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/hubs/inbound")
    Queue inbound;

    private SubscriberLoop loop;
    private JmsForwarder forwarder;
    private BusCursor cursor;
    private ScheduledFuture<?> cursorFlush;

    @PostConstruct
    void start() {
        cursor = new BusCursor(StateFiles.of("bus-cursor"));
        Optional<Instant> missedSince = storedCursor();
        forwarder = new JmsForwarder(connectionFactory, inbound);
        Ingest ingest = new Ingest(new FrameValidator(maxMessageBytes), signatures.check(), advancing(forwarder));
        loop = new SubscriberLoop(endpoints, topics.orElse(List.of()),
                (endpoint, frames) -> ingest.accept(stats.source(endpoint), frames),
                (endpoint, state) -> stats.source(endpoint).connection(state));
        threads.newThread(loop).start();
        cursorFlush = scheduler.scheduleWithFixedDelay(this::flushCursor, CURSOR_FLUSH_SECONDS, CURSOR_FLUSH_SECONDS,
                TimeUnit.SECONDS);
        if (datagrepperUrl.isPresent() && missedSince.isPresent()) {
            threads.newThread(() -> recover(missedSince.get(), ingest)).start();
        }
    }

    /** Forwards, then moves the cursor: a message counts as safe once it is on the durable queue. */
    private Ingest.Forwarder advancing(JmsForwarder jms) {
        return accepted -> {
            jms.forward(accepted);
            accepted.message().sentAt().ifPresent(cursor::advance);
        };
    }

    private void recover(Instant since, Ingest ingest) {
        Instant until = Instant.now();
        // its own forwarder: a JMS context belongs to one thread
        try (JmsForwarder backlogForwarder = new JmsForwarder(connectionFactory, inbound)) {
            Ingest.Forwarder threadForwarder = advancing(backlogForwarder);
            IngestStats source = stats.source(datagrepperUrl.get());
            source.connection("recovering");
            int fetched = new DatagrepperBacklog(datagrepperUrl.get(), Duration.ofSeconds(30), backlogMaxPages)
                    .fetch(since, until, envelope -> ingest.acceptEnvelope(source, envelope.toString(), threadForwarder));
            source.connection("done");
            LOG.info(() -> "Recovered " + fetched + " bus messages published between " + since + " and " + until
                    + " from " + datagrepperUrl.get() + " (duplicates of what arrived live are dropped)");
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not recover the bus messages missed since " + since + " from "
                    + datagrepperUrl.get() + ": they are lost for Hubs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // undeployed while recovering
        }
    }

    private Optional<Instant> storedCursor() {
        try {
            return cursor.stored();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Ignoring the bus cursor: nothing missed can be recovered this time", e);
            return Optional.empty();
        }
    }

    private void flushCursor() {
        try {
            cursor.flush();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write the bus cursor; the next start may recover less", e);
        }
    }

    @PreDestroy
    void stop() {
        cursorFlush.cancel(false);
        try {
            loop.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // undeployment goes on; the loop ends with the context
        } finally {
            forwarder.close();
            flushCursor();
        }
    }
}
