package org.fedoraproject.hubs.bus;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a fedora-messaging (AMQP) message into the envelope Hubs passes around: topic = routing
 * key, {@code msg} = the body, {@code msg_id} = the AMQP message id, {@code timestamp} = the
 * {@code sent-at} header, and the headers (which name the people and packages concerned).
 */
final class FedoraMessagingEnvelope {

    private FedoraMessagingEnvelope() {
    }

    static String of(String routingKey, String messageId, Map<String, Object> headers, byte[] body)
            throws InvalidMessageException {
        JsonValue payload;
        String what = "AMQP message " + messageId + " on " + routingKey;
        try (var reader = JSON.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            payload = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidMessageException(RejectionReason.INVALID_JSON, what + " has a body that is not JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // JSON-P refuses some texts with other exceptions: nesting thousands deep (a plain
            // RuntimeException), a number of thousands of digits (UnsupportedOperationException)
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            boolean deep = message.contains("nest") || message.contains("deep") || message.contains("depth");
            throw new InvalidMessageException(deep ? RejectionReason.TOO_DEEP : RejectionReason.INVALID_JSON,
                    what + " has a body JSON-P cannot read: " + e);
        }
        if (payload.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidMessageException(RejectionReason.WRONG_SHAPE,
                    what + " has a JSON " + payload.getValueType().name().toLowerCase(Locale.ROOT) + " body, not an object");
        }
        JsonObjectBuilder envelope = JSON.createObjectBuilder().add("topic", routingKey).add("msg", payload);
        if (messageId != null) {
            envelope.add("msg_id", messageId);
        }
        JsonObjectBuilder headerJson = JSON.createObjectBuilder();
        if (headers != null) {
            headers.forEach((name, value) -> headerJson.add(name, String.valueOf(value)));
            Object sentAt = headers.get("sent-at");
            if (sentAt != null) {
                try {
                    envelope.add("timestamp", OffsetDateTime.parse(sentAt.toString()).toEpochSecond());
                } catch (DateTimeParseException e) {
                    // an unreadable optional header: the message simply has no known send time
                }
            }
        }
        return envelope.add("headers", headerJson).build().toString();
    }
}
