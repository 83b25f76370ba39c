package org.fedoraproject.hubs;

import java.util.Locale;
import java.util.Optional;

/** The lower-case names under which enum constants appear in JSON, URLs and counters. */
public final class EnumKeys {

    private EnumKeys() {
    }

    public static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose key is {@code key}; empty when there is none. */
    public static <E extends Enum<E>> Optional<E> fromKey(Class<E> type, String key) {
        for (E value : type.getEnumConstants()) {
            if (key(value).equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
