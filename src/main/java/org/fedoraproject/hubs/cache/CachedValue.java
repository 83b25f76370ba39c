package org.fedoraproject.hubs.cache;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;

/**
 * What the cache holds for one function: the last good value and when it was computed, and the
 * last failure (when, why) if the latest rebuild failed. A failure never erases the good value.
 * Stored as JSON text, which any cache, local or clustered, can hold without a marshaller.
 */
public record CachedValue(JsonValue data, Instant updatedAt, String error, Instant failedAt) {

    public static CachedValue computed(JsonValue data, Instant at) {
        return new CachedValue(data, at, null, null);
    }

    /** The previous value (if any) kept, with the failure recorded. */
    public static CachedValue failed(CachedValue previous, String error, Instant at) {
        return previous == null
                ? new CachedValue(null, null, error, at)
                : new CachedValue(previous.data, previous.updatedAt, error, at);
    }

    public boolean hasData() {
        return data != null;
    }

    public boolean hasError() {
        return error != null;
    }

    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (data != null) {
            json.add("data", data).add("updated_at", updatedAt.toString());
        }
        if (error != null) {
            json.add("error", error).add("failed_at", failedAt.toString());
        }
        return json.build().toString();
    }

    public static CachedValue fromJson(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            return new CachedValue(json.get("data"), instant(json, "updated_at"),
                    json.getString("error", null), instant(json, "failed_at"));
        }
    }

    private static Instant instant(JsonObject json, String key) {
        String text = json.getString(key, null);
        return text == null ? null : Instant.parse(text);
    }
}
