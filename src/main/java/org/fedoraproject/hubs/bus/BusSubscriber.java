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
import org.eclipse.microprofile.config.Config;
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
    /** How long a message waits for the JMS queue to take it before it counts as lost. */
    private static final long SEND_RETRY_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "hubs.bus.endpoints", defaultValue = "tcp://hub.fedoraproject.org:9940")
    List<String> endpoints;

    /** For hubs.bus.topics, an optional list: Payara cannot inject {@code Optional<List<String>>}. */
    @Inject
    Config config;

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

    @Resource(lookup = "java:comp/env/jms/hubs/inbound")
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
        List<String> topics = config.getOptionalValues("hubs.bus.topics", String.class).orElse(List.of());
        loop = new SubscriberLoop(endpoints, topics, maxMessageBytes,
                (endpoint, frames) -> ingest.accept(stats.source(endpoint), frames),
                (endpoint, state) -> stats.source(endpoint).connection(state));
        threads.newThread(loop).start();
        cursorFlush = scheduler.scheduleWithFixedDelay(this::flushCursor, CURSOR_FLUSH_SECONDS, CURSOR_FLUSH_SECONDS,
                TimeUnit.SECONDS);
        if (datagrepperUrl.isPresent() && missedSince.isPresent()) {
            cursor.recoveryStarted(missedSince.get()); // before any flush: a crash now recovers the gap again
            threads.newThread(() -> recover(missedSince.get(), ingest)).start();
        } else {
            // From now on this server is responsible: a crash before its first message recovers from here.
            cursor.advance(Instant.now());
            flushCursor();
        }
    }

    /**
     * Forwards, then moves the cursor: a message counts as safe once it is on the durable queue. A
     * failed send (the broker is busy or restarting) is tried again, pausing longer each time, for
     * up to a minute: meanwhile the bus socket holds what arrives. Only then is the message counted
     * as lost ({@code forward_failures}); fedmsg cannot send it again.
     */
    private Ingest.Forwarder advancing(JmsForwarder jms) {
        return accepted -> {
            Backoff retries = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SEND_RETRY_SECONDS);
            while (true) {
                try {
                    jms.forward(accepted);
                    break;
                } catch (RuntimeException e) {
                    if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                        throw e;
                    }
                    LOG.warning("Queueing " + accepted.message() + " failed (" + e.getMessage() + "); trying again");
                    retries.pause();
                }
            }
            accepted.message().sentAt().ifPresent(cursor::advance);
        };
    }

    private void recover(Instant since, Ingest ingest) {
        // The gap ends where live messages begin: once every endpoint is connected (a message sent
        // before that reached nobody), plus a margin; what both paths bring is de-duplicated.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline
                && !endpoints.stream().allMatch(endpoint -> "connected".equals(stats.source(endpoint).connection()))) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // undeployed before the recovery began: the cursor still says where the gap starts
            }
        }
        Instant until = Instant.now().plusSeconds(5);
        // its own forwarder: a JMS context belongs to one thread
        try (JmsForwarder backlogForwarder = new JmsForwarder(connectionFactory, inbound)) {
            Ingest.Forwarder threadForwarder = advancing(backlogForwarder);
            IngestStats source = stats.source(datagrepperUrl.get());
            source.connection("recovering");
            DatagrepperBacklog.Fetched fetched = new DatagrepperBacklog(datagrepperUrl.get(), Duration.ofSeconds(30), backlogMaxPages)
                    .fetch(since, until, envelope -> ingest.acceptEnvelope(source, envelope.toString(), threadForwarder));
            for (int page = 0; page < fetched.skippedPages(); page++) {
                source.rejected(RejectionReason.UNREADABLE_PAGE);
            }
            cursor.recoveryEnded();
            source.connection("done");
            LOG.info(() -> "Recovered " + fetched.messages() + " bus messages published between " + since + " and "
                    + until + " from " + datagrepperUrl.get() + " (duplicates of what arrived live are dropped; "
                    + fetched.skippedPages() + " unreadable pages skipped)");
        } catch (IOException e) {
            // The cursor stays at the start of the gap: the next start tries this recovery again.
            stats.source(datagrepperUrl.get()).connection("failed");
            LOG.log(Level.SEVERE, "Could not recover the bus messages missed since " + since + " from "
                    + datagrepperUrl.get() + "; the next start tries again", e);
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

    /** Whether the receive loop is alive: it polls its sockets at least every few seconds (for health checks). */
    public boolean receiving() {
        return loop != null && loop.alive();
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
