package org.fedoraproject.hubs.widgets.activity;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads the fields of a message body by dotted path ({@code update.user.name}). Messages are input
 * from outside: a missing field, a field of another type or a blank text all read as absent
 * ({@code null}), never as an error.
 */
final class Fields {

    private Fields() {
    }

    /** The value at {@code path}, or null. */
    static JsonValue value(JsonObject object, String path) {
        JsonValue value = object;
        for (String key : path.split("\\.")) {
            if (!(value instanceof JsonObject parent)) {
                return null;
            }
            value = parent.get(key);
        }
        return value;
    }

    /** The text at {@code path}, stripped (a number as its decimal text), or null when absent or blank. */
    static String text(JsonObject object, String path) {
        JsonValue value = value(object, path);
        if (value instanceof JsonString string) {
            String text = string.getString().strip();
            return text.isEmpty() ? null : text;
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? number.bigIntegerValue().toString() : number.toString();
        }
        return null;
    }

    static JsonObject object(JsonObject object, String path) {
        return value(object, path) instanceof JsonObject found ? found : null;
    }

    static boolean isTrue(JsonObject object, String path) {
        return value(object, path) == JsonValue.TRUE;
    }

    /** The first argument that is not null, or null. */
    @SafeVarargs
    static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
