package org.fedoraproject.hubs.widget;

import java.util.Optional;

/**
 * A setting of a widget instance, as declared by its type: the edit form and the server-side
 * validation are both generated from it. {@code hubSetting} names the hub setting, or {@code hub} or {@code username} (see {@code Hub.widgetDefaults}), (e.g.
 * {@code bugzilla_email}) that a new instance takes this value from when none is given.
 */
public record Parameter(String name, String label, ParameterType type, boolean required,
                        String defaultValue, String help, String hubSetting) {

    public static Parameter required(String name, String label, ParameterType type, String help) {
        return new Parameter(name, label, type, true, null, help, null);
    }

    public static Parameter optional(String name, String label, ParameterType type, String defaultValue, String help) {
        return new Parameter(name, label, type, false, defaultValue, help, null);
    }

    /** The same parameter, filled from the hub's {@code setting} when a new instance leaves it out. */
    public Parameter fromHubSetting(String setting) {
        return new Parameter(name, label, type, required, defaultValue, help, setting);
    }

    /** Why {@code value} is not acceptable, or empty when it is. {@code null} means absent. */
    public Optional<String> problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return required ? Optional.of("is required") : Optional.empty();
        }
        return type.problem(value);
    }
}
