package org.fedoraproject.hubs.bus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.fedoraproject.hubs.EnumKeys;
import org.fedoraproject.hubs.bus.signature.InvalidSignatureException;

/**
 * The step between the socket and the queue: validates each ZeroMQ message, forwards the valid
 * ones once (duplicates from several endpoints are counted and dropped) and counts and logs
 * (once each, with the reason) the ones it drops. Thread-safe: the receive loop and a backlog
 * fetch may feed it at the same time. Never throws for bad
 * input, so the receive loop never stops because of what arrived.
 */
public final class Ingest {

    private static final Logger LOG = Logger.getLogger(Ingest.class.getName());

    /** Where valid messages go: the inbound JMS queue in the server. */
    public interface Forwarder {
        void forward(FrameValidator.Accepted message) throws Exception;
    }

    /** What became of one message. */
    public enum Outcome {
        QUEUED, DUPLICATE, REJECTED,
        /** Valid, but the queue did not take it: a source that can redeliver should. */
        FAILED
    }

    /** Decides whether a valid message's signature is acceptable. */
    public interface SignatureCheck {
        /** Accepts everything: signatures are not checked ({@code hubs.bus.validate-signatures=false}). */
        SignatureCheck NONE = message -> {
        };

        void check(BusMessage message) throws InvalidSignatureException;
    }

    /** How many recent message ids are remembered to count duplicates (the broker also drops them). */
    private static final int RECENT_IDS = 100_000;

    private final FrameValidator validator;
    private final SignatureCheck signatures;
    private final Set<String> recentIds = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > RECENT_IDS;
        }
    });
    private final Forwarder forwarder;

    /**
     * @param forwarder where {@link #accept} puts valid messages (the receive loop's own JMS sender)
     */
    public Ingest(FrameValidator validator, SignatureCheck signatures, Forwarder forwarder) {
        this.validator = validator;
        this.signatures = signatures;
        this.forwarder = forwarder;
    }

    /** A ZeroMQ message, counted against its source ({@code stats}: the endpoint's counters). */
    public void accept(IngestStats stats, List<byte[]> frames) {
        stats.received();
        FrameValidator.Accepted message;
        try {
            message = validator.validate(frames);
        } catch (InvalidMessageException e) {
            rejected(stats, e);
            return;
        }
        process(stats, message, forwarder);
    }

    /**
     * A message fetched from elsewhere than the socket (datagrepper's backlog), on another thread
     * with its own forwarder: the same path on, sharing the duplicate window with the live messages.
     */
    public Outcome acceptEnvelope(IngestStats stats, String envelopeJson, Forwarder threadForwarder) {
        stats.received();
        try {
            return process(stats, new FrameValidator.Accepted(BusMessage.parse(envelopeJson), envelopeJson),
                    threadForwarder);
        } catch (InvalidMessageException e) {
            return rejected(stats, e);
        }
    }

    /** A message its source could not even turn into an envelope: counted and logged like the others. */
    Outcome rejectedBeforeParsing(IngestStats stats, InvalidMessageException e) {
        stats.received();
        return rejected(stats, e);
    }

    private boolean remember(String key) {
        synchronized (recentIds) {
            return recentIds.add(key);
        }
    }

    private void forget(String key) {
        synchronized (recentIds) {
            recentIds.remove(key);
        }
    }

    private static Outcome rejected(IngestStats stats, InvalidMessageException e) {
        stats.rejected(e.reason());
        LOG.warning(() -> "Dropped bus message (" + e.reason().key() + "): " + e.getMessage());
        return Outcome.REJECTED;
    }

    private Outcome process(IngestStats stats, FrameValidator.Accepted message, Forwarder forwarder) {
        try {
            signatures.check(message.message());
        } catch (InvalidSignatureException e) {
            stats.signatureFailed(e.failure());
            LOG.warning(() -> "Dropped bus message " + message.message() + " (invalid_signature, "
                    + EnumKeys.key(e.failure()) + "): " + e.getMessage());
            return Outcome.REJECTED;
        }
        if (!remember(message.message().dedupeKey())) {
            stats.duplicate();
            LOG.fine(() -> "Dropped duplicate of " + message.message());
            return Outcome.DUPLICATE;
        }
        try {
            forwarder.forward(message);
            stats.forwarded();
            return Outcome.QUEUED;
        } catch (Exception e) {
            forget(message.message().dedupeKey()); // another copy may still get through
            // Counted loudly for operators; the caller decides whether its source can send it again
            // (AMQP redelivers; fedmsg's PUB/SUB cannot, and the receive loop goes on).
            stats.forwardFailed();
            LOG.severe(() -> "Could not queue " + message.message() + ": " + e);
            return Outcome.FAILED;
        }
    }
}
