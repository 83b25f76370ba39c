package org.fedoraproject.hubs.web;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/** Reads fields of JSON request bodies, answering every mistake with a 4xx problem. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Parses a request body that must be a JSON object; anything else is a 400, never a 500. */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw Problem.badRequest("The request body must be a JSON object");
        }
        JsonValue value;
        try (var reader = JSON.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (RuntimeException e) { // JsonException, and JSON-P's other refusals of absurd input
            throw Problem.badRequest("The request body is not valid JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Problem.badRequest("The request body must be a JSON object");
        }
        return value.asJsonObject();
    }

    public static String requiredString(JsonObject body, String field) {
        String value = optionalString(body, field);
        if (value == null || value.isBlank()) {
            throw Problem.invalid("'" + field + "' is required", Map.of(field, "is required"));
        }
        return value;
    }

    public static String optionalString(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw Problem.invalid("'" + field + "' must be a string", Map.of(field, "must be a string"));
        }
        return text.getString();
    }

    public static Integer optionalInt(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()
                || number.bigDecimalValue().abs().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw Problem.invalid("'" + field + "' must be a whole number", Map.of(field, "must be a whole number"));
        }
        return number.intValue();
    }

    public static JsonObject optionalObject(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Problem.invalid("'" + field + "' must be an object", Map.of(field, "must be an object"));
        }
        return value.asJsonObject();
    }
}
