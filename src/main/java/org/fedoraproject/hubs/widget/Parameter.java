package org.fedoraproject.hubs.widget;

import java.util.Optional;

/**
 * A setting of a widget instance, as declared by its type: the edit form and the server-side
 * validation are both generated from it.
 */
public record Parameter(String name, String label, ParameterType type, boolean required,
                        String defaultValue, String help) {

    public static Parameter required(String name, String label, ParameterType type, String help) {
        return new Parameter(name, label, type, true, null, help);
    }

    public static Parameter optional(String name, String label, ParameterType type, String defaultValue, String help) {
        return new Parameter(name, label, type, false, defaultValue, help);
    }

    /** Why {@code value} is not acceptable, or empty when it is. {@code null} means absent. */
    public Optional<String> problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return required ? Optional.of("is required") : Optional.empty();
        }
        return type.accepts(value) ? Optional.empty() : Optional.of(type.rule());
    }
}
