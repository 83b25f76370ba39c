package org.fedoraproject.hubs.widget;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The validated parameter values of one widget instance: every declared parameter is present
 * (defaults applied), every value is text. Its {@link #hash()} is part of the cache key, so a new
 * configuration never reads the old configuration's data.
 */
public final class WidgetConfig {

    private final Map<String, String> values;
    private final String hash;

    private WidgetConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
        this.hash = digest(new TreeMap<>(values));
    }

    /**
     * Checks {@code raw} against {@code type}'s parameters and fills in defaults.
     *
     * @throws InvalidConfigException naming each field that is wrong and why
     */
    public static WidgetConfig validate(WidgetType type, JsonObject raw) throws InvalidConfigException {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> values = new TreeMap<>();
        for (String key : raw.keySet()) {
            if (type.parameters().stream().noneMatch(p -> p.name().equals(key))) {
                problems.put(key, "is not a parameter of " + type.name());
            }
        }
        for (Parameter parameter : type.parameters()) {
            JsonValue value = raw.get(parameter.name());
            String text = switch (value == null ? JsonValue.ValueType.NULL : value.getValueType()) {
                case NULL -> null;
                case STRING -> ((JsonString) value).getString().strip();
                case NUMBER, TRUE, FALSE -> value.toString();
                default -> {
                    problems.put(parameter.name(), "must be a text, number or boolean value");
                    yield null;
                }
            };
            parameter.problemWith(text).ifPresent(problem -> problems.putIfAbsent(parameter.name(), problem));
            String effective = text == null || text.isEmpty() ? parameter.defaultValue() : text;
            if (effective != null) {
                values.put(parameter.name(), effective);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new WidgetConfig(values);
    }

    /** Restores a configuration that was validated when it was stored. */
    public static WidgetConfig stored(String json) {
        Map<String, String> values = new TreeMap<>();
        try (var reader = JSON.createReader(new StringReader(json))) {
            reader.readObject().forEach((key, value) ->
                    values.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
        }
        return new WidgetConfig(values);
    }

    public String get(String name) {
        return values.get(name);
    }

    public Map<String, String> values() {
        return values;
    }

    /** Short, stable digest of the values (keys sorted), for cache keys. */
    public String hash() {
        return hash;
    }

    public JsonObject toJson() {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        new TreeMap<>(values).forEach(builder::add);
        return builder.build();
    }

    private static String digest(Map<String, String> sorted) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sorted.forEach((key, value) -> {
                sha.update(key.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(value.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WidgetConfig config && values.equals(config.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
