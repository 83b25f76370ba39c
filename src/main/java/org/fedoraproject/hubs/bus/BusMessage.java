package org.fedoraproject.hubs.bus;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fedoraproject.hubs.bus.signature.CanonicalJson;

/**
 * One message of the Fedora bus, whatever envelope it came in: a classic fedmsg envelope
 * ({@code topic}, {@code msg}, {@code msg_id}, {@code timestamp}) or a fedora-messaging message
 * as datagrepper serves it ({@code topic}, {@code body}, {@code id}, {@code headers.sent-at}).
 * The original envelope is kept whole, unknown fields included.
 */
public final class BusMessage {

    /** {@code <prefix>.<environment>.<category>.<object>[...].<event>}: at least four dot-separated words. */
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){3,}");

    private final String topic;
    private final String id;
    private final Instant sentAt;
    private final JsonObject body;
    private final JsonObject envelope;

    private BusMessage(String topic, String id, Instant sentAt, JsonObject body, JsonObject envelope) {
        this.topic = topic;
        this.id = id;
        this.sentAt = sentAt;
        this.body = body;
        this.envelope = envelope;
    }

    /** Parses an envelope's JSON text. */
    /** The longest {@code msg_id} accepted. */
    static final int MAX_ID_CHARS = 256;

    public static BusMessage parse(String json) throws InvalidMessageException {
        JsonValue value;
        try (var reader = JSON.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidMessageException(RejectionReason.INVALID_JSON, e.getMessage());
        } catch (RuntimeException e) {
            // JSON-P refuses some valid-looking texts with other exceptions (a number of thousands of
            // digits, nesting thousands deep): still input we cannot read, never a reason to stop
            throw new InvalidMessageException(RejectionReason.INVALID_JSON, "unreadable JSON: " + e);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidMessageException(RejectionReason.INVALID_JSON,
                    "envelope is a JSON " + value.getValueType().name().toLowerCase() + ", not an object");
        }
        return of(value.asJsonObject());
    }

    /** Reads an envelope already parsed into JSON. */
    public static BusMessage of(JsonObject envelope) throws InvalidMessageException {
        String topic = string(envelope, "topic")
                .orElseThrow(() -> new InvalidMessageException(RejectionReason.MISSING_TOPIC, "envelope has no topic"));
        if (!TOPIC.matcher(topic).matches()) {
            throw new InvalidMessageException(RejectionReason.NOT_A_BUS_MESSAGE,
                    "'" + abbreviate(topic) + "' is not a bus topic (<prefix>.<env>.<category>.<event>)");
        }
        JsonObject body = object(envelope, "msg").or(() -> object(envelope, "body"))
                .orElseThrow(() -> new InvalidMessageException(RejectionReason.MISSING_BODY,
                        "envelope has neither a 'msg' nor a 'body' object"));
        String id = string(envelope, "msg_id").or(() -> string(envelope, "id")).orElse(null);
        if (id != null && id.length() > MAX_ID_CHARS) {
            // ids are UUIDs (36 characters, or "<year>-<uuid>"): a longer one is junk that would
            // only fill the duplicate window and the broker's duplicate cache
            throw new InvalidMessageException(RejectionReason.NOT_A_BUS_MESSAGE,
                    "msg_id of " + id.length() + " characters (at most " + MAX_ID_CHARS + ")");
        }
        return new BusMessage(topic, id, sentAt(envelope), body, envelope);
    }

    private static Instant sentAt(JsonObject envelope) {
        JsonValue timestamp = envelope.get("timestamp");
        if (timestamp instanceof JsonNumber seconds) {
            return Instant.ofEpochMilli(Math.round(seconds.doubleValue() * 1000));
        }
        return object(envelope, "headers").flatMap(headers -> string(headers, "sent-at")).map(text -> {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return null; // an unreadable optional header: the message simply has no known time
            }
        }).orElse(null);
    }

    public String topic() {
        return topic;
    }

    /** The message's unique id ({@code msg_id} or {@code id}), if the envelope has one. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * What identifies this message for de-duplication: its id, or for old envelopes without one a
     * digest of its canonical JSON (the same for every copy, however it was serialised).
     */
    public String dedupeKey() {
        if (id != null) {
            return id;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CanonicalJson.utf8Bytes(envelope));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** When the publisher sent it, if the envelope says. */
    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    /** The service's payload ({@code msg} of fedmsg, {@code body} of fedora-messaging). */
    public JsonObject body() {
        return body;
    }

    public JsonObject envelope() {
        return envelope;
    }

    /** The publishing service, {@code topic.split('.')[3]}: {@code bugzilla}, {@code buildsys}... */
    public String category() {
        return topic.split("\\.")[3];
    }

    /** The topic without prefix and environment: {@code bugzilla.bug.update}. */
    public String subject() {
        String[] words = topic.split("\\.", 4);
        return words[3];
    }

    @Override
    public String toString() {
        return topic + (id == null ? "" : " " + id);
    }

    static Optional<String> string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    static Optional<JsonObject> object(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
                ? Optional.of(value.asJsonObject()) : Optional.empty();
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
