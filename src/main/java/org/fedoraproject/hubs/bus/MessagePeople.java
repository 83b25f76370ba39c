package org.fedoraproject.hubs.bus;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;

/**
 * The people a message mentions, as {@link org.fedoraproject.hubs.widget.Hints} define it: every
 * string leaf of the body, at any depth, in objects and arrays (so the elements of a
 * {@code usernames} array too), stripped and case-folded. Triage looks these up in its index, once
 * per message.
 */
public final class MessagePeople {

    /**
     * Longer leaves are texts (Bugzilla comments, descriptions, changelogs), not names or addresses:
     * they are skipped without being copied. 320 is the usual upper bound of an e-mail address (64
     * characters of local part, the {@code @}, 255 of domain).
     */
    public static final int MAX_LENGTH = 320;

    private MessagePeople() {
    }

    /** The normalized ({@link #normalize}) non-blank string leaves of {@code message}'s body of at most {@link #MAX_LENGTH} characters. */
    public static Set<String> of(BusMessage message) {
        Set<String> people = new HashSet<>();
        collect(message.body(), people);
        return people;
    }

    /**
     * The form names are compared in: stripped of white space, then each code point folded as
     * {@link String#equalsIgnoreCase} folds it (upper case, then lower case), so two names equal
     * ignoring case always have the same normal form. For ASCII this is plain lower case.
     */
    public static String normalize(String name) {
        String stripped = name.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 0x7f) {
                return fold(stripped, i);
            }
        }
        return stripped; // already normal: the common case allocates nothing
    }

    private static String fold(String text, int from) {
        StringBuilder folded = new StringBuilder(text.length()).append(text, 0, from);
        for (int i = from; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(codePoint)));
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private static void collect(JsonValue value, Set<String> people) {
        switch (value.getValueType()) {
            case OBJECT -> {
                for (JsonValue member : value.asJsonObject().values()) {
                    collect(member, people);
                }
            }
            case ARRAY -> {
                for (JsonValue element : value.asJsonArray()) {
                    collect(element, people);
                }
            }
            case STRING -> {
                String text = ((JsonString) value).getString();
                if (text.length() <= MAX_LENGTH) {
                    String name = normalize(text);
                    if (!name.isEmpty()) {
                        people.add(name);
                    }
                }
            }
            default -> {
                // numbers, booleans and nulls name nobody
            }
        }
    }
}
