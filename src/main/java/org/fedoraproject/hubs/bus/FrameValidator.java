package org.fedoraproject.hubs.bus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the frames of one ZeroMQ message into a {@link BusMessage}, or says why it is not one.
 * fedmsg sends exactly two frames: the topic, then the JSON envelope whose {@code topic} repeats it.
 */
public final class FrameValidator {

    private final int maxEnvelopeBytes;

    public FrameValidator(int maxEnvelopeBytes) {
        this.maxEnvelopeBytes = maxEnvelopeBytes;
    }

    /** Real topics are under 100 bytes; a longer topic frame is junk. */
    static final int MAX_TOPIC_BYTES = 255;

    /** A valid message: the parsed form and the exact envelope text, which travels on the queue. */
    public record Accepted(BusMessage message, String envelopeJson) {
    }

    public Accepted validate(List<byte[]> frames) throws InvalidMessageException {
        if (frames.size() != 2) {
            throw new InvalidMessageException(RejectionReason.WRONG_FRAME_COUNT,
                    "expected 2 frames (topic, envelope), got " + frames.size());
        }
        if (frames.get(0).length > MAX_TOPIC_BYTES) {
            throw new InvalidMessageException(RejectionReason.TOO_LARGE,
                    "topic frame of " + frames.get(0).length + " bytes exceeds the limit of " + MAX_TOPIC_BYTES);
        }
        byte[] envelopeBytes = frames.get(1);
        if (envelopeBytes.length > maxEnvelopeBytes) {
            throw new InvalidMessageException(RejectionReason.TOO_LARGE,
                    "envelope of " + envelopeBytes.length + " bytes exceeds the limit of " + maxEnvelopeBytes);
        }
        String topic = utf8(frames.get(0), "topic frame");
        String envelopeJson = utf8(envelopeBytes, "envelope frame");
        BusMessage message = BusMessage.parse(envelopeJson);
        if (!message.topic().equals(topic)) {
            throw new InvalidMessageException(RejectionReason.TOPIC_MISMATCH,
                    "frame topic '" + topic + "' differs from envelope topic '" + message.topic() + "'");
        }
        return new Accepted(message, envelopeJson);
    }

    private static String utf8(byte[] bytes, String what) throws InvalidMessageException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidMessageException(RejectionReason.INVALID_UTF8, what + " is not valid UTF-8");
        }
    }
}
