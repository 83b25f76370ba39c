package org.fedoraproject.hubs.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/** Reads fields of JSON request bodies, answering every mistake with a 4xx problem. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static JsonObject object(JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Problem.badRequest("The request body must be a JSON object");
        }
        return body.asJsonObject();
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
