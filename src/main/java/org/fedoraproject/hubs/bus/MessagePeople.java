package org.fedoraproject.hubs.bus;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The people a message mentions, as {@link org.fedoraproject.hubs.widget.Hints} define it: every
 * string leaf of the body, at any depth, in objects and arrays (so the elements of a
 * {@code usernames} array too), plus the names the envelope itself gives: the strings of a
 * datagrepper envelope's top-level {@code usernames} array and the {@code <name>} of each
 * fedora-messaging {@code fedora_messaging_user_<name>} header. All stripped and case-folded.
 * Triage looks these up in its index, once per message.
 *
 * <p>The envelope's names count because publishers derive them from the body in ways a widget
 * cannot always repeat (a meeting's attendees are object keys, not string leaves): a widget may
 * then be concerned by a person only the envelope names, and its hints must still hold.
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

    /** The fedora-messaging headers that name a person concerned by the message, e.g. {@code fedora_messaging_user_ralph: true}. */
    public static final String USER_HEADER_PREFIX = "fedora_messaging_user_";

    /**
     * The {@linkplain #person mentions} among: the string leaves of {@code message}'s body, the
     * strings of the envelope's {@code usernames} array, and the names of its
     * {@code fedora_messaging_user_*} headers.
     */
    public static Set<String> of(BusMessage message) {
        Set<String> people = new HashSet<>();
        collect(message.body(), people);
        envelopeNames(message).forEach(name -> person(name).ifPresent(people::add));
        return people;
    }

    /**
     * The names the envelope gives, as written: the strings of its top-level {@code usernames}
     * array, then the {@code <name>} of each {@code fedora_messaging_user_<name>} header.
     */
    public static List<String> envelopeNames(BusMessage message) {
        List<String> names = new ArrayList<>();
        if (message.envelope().get("usernames") instanceof JsonArray usernames) {
            for (JsonValue name : usernames) {
                if (name instanceof JsonString text) {
                    names.add(text.getString());
                }
            }
        }
        if (message.envelope().get("headers") instanceof JsonObject headers) {
            for (String header : headers.keySet()) {
                if (header.startsWith(USER_HEADER_PREFIX)) {
                    names.add(header.substring(USER_HEADER_PREFIX.length()));
                }
            }
        }
        return names;
    }

    /**
     * The form {@code text} has as a mention, if it is one: {@linkplain #normalize normalized},
     * not blank, and of at most {@link #MAX_LENGTH} characters before normalizing.
     */
    public static Optional<String> person(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String name = normalize(text);
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
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
            case STRING -> person(((JsonString) value).getString()).ifPresent(people::add);
            default -> {
                // numbers, booleans and nulls name nobody
            }
        }
    }
}
