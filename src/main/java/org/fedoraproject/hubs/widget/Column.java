package org.fedoraproject.hubs.widget;

import java.util.Locale;

/** The two columns of a hub page; the left one is the wider. */
public enum Column {
    LEFT, RIGHT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code left}/{@code right}; {@code null} when the text is neither. */
    public static Column fromKey(String key) {
        for (Column column : values()) {
            if (column.key().equals(key)) {
                return column;
            }
        }
        return null;
    }
}
