package org.fedoraproject.hubs.bus;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.fedoraproject.hubs.bus.signature.InvalidSignatureException;

/**
 * The step between the socket and the queue: validates each ZeroMQ message, forwards the valid
 * ones and counts and logs (once each, with the reason) the ones it drops. Never throws for bad
 * input, so the receive loop never stops because of what arrived.
 */
public final class Ingest implements Consumer<List<byte[]>> {

    private static final Logger LOG = Logger.getLogger(Ingest.class.getName());

    /** Where valid messages go: the inbound JMS queue in the server. */
    public interface Forwarder {
        void forward(FrameValidator.Accepted message) throws Exception;
    }

    /** Decides whether a valid message's signature is acceptable. */
    public interface SignatureCheck {
        /** Accepts everything: signatures are not checked ({@code hubs.bus.validate-signatures=false}). */
        SignatureCheck NONE = message -> {
        };

        void check(BusMessage message) throws InvalidSignatureException;
    }

    private final FrameValidator validator;
    private final SignatureCheck signatures;
    private final Forwarder forwarder;
    private final IngestStats stats;

    public Ingest(FrameValidator validator, SignatureCheck signatures, Forwarder forwarder, IngestStats stats) {
        this.validator = validator;
        this.signatures = signatures;
        this.forwarder = forwarder;
        this.stats = stats;
    }

    @Override
    public void accept(List<byte[]> frames) {
        stats.received();
        FrameValidator.Accepted message;
        try {
            message = validator.validate(frames);
        } catch (InvalidMessageException e) {
            stats.rejected(e.reason());
            LOG.warning(() -> "Dropped bus message (" + e.reason().key() + "): " + e.getMessage());
            return;
        }
        try {
            signatures.check(message.message());
        } catch (InvalidSignatureException e) {
            stats.signatureFailed(e.failure());
            LOG.warning(() -> "Dropped bus message " + message.message() + " (invalid_signature, "
                    + e.failure().name().toLowerCase(java.util.Locale.ROOT) + "): " + e.getMessage());
            return;
        }
        try {
            forwarder.forward(message);
            stats.forwarded();
        } catch (Exception e) {
            // Fire-and-forget transport: the message cannot be asked for again, so count the loss
            // loudly for operators and keep receiving.
            stats.forwardFailed();
            LOG.severe(() -> "Could not queue " + message.message() + ": " + e);
        }
    }
}
