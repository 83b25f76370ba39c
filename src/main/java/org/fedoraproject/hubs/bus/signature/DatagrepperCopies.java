package org.fedoraproject.hubs.bus.signature;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/**
 * Turns a message as datagrepper serves it back into the envelope its publisher signed.
 *
 * <p>datanommer stores a message with {@code source_name} and {@code source_version} added, an empty
 * {@code headers} object added when the message had none, and {@code timestamp} as a float; its copy
 * verifies only once those are undone (what fedmsg's {@code fix_datagrepper_message} does).
 */
public final class DatagrepperCopies {

    private DatagrepperCopies() {
    }

    /**
     * The envelope as signed, or {@code envelope} itself when it is not a datagrepper copy (it lacks
     * {@code source_name} or {@code source_version}): a message straight from the bus may carry an
     * empty {@code headers} that its signature covers, so only a recognised copy is touched.
     */
    public static JsonObject restoreAsSigned(JsonObject envelope) {
        if (!envelope.containsKey("source_name") || !envelope.containsKey("source_version")) {
            return envelope;
        }
        JsonObjectBuilder restored = JSON.createObjectBuilder(envelope)
                .remove("source_name")
                .remove("source_version");
        // datanommer adds "headers": {} to every message it stores; whether the publisher had sent
        // an empty one is lost, and fedmsg's own repair assumes it had not.
        JsonValue headers = envelope.get("headers");
        if (headers != null && headers.getValueType() == JsonValue.ValueType.OBJECT
                && headers.asJsonObject().isEmpty()) {
            restored.remove("headers");
        }
        if (envelope.get("timestamp") instanceof JsonNumber timestamp && !timestamp.isIntegral()
                && Double.isFinite(timestamp.doubleValue())) {
            // Python's int(float): through the double the float was, then towards zero. (An
            // infinite one, which Python could not convert either, is left to fail verification.)
            restored.add("timestamp", new BigDecimal(timestamp.doubleValue()).toBigInteger());
        }
        return restored.build();
    }
}
