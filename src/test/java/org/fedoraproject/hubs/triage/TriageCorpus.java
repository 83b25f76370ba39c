package org.fedoraproject.hubs.triage;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.InvalidMessageException;

/**
 * The corpus of real bus messages as triage tests and benchmarks use it: every message that parses,
 * and the values widget configurations are drawn from (addresses, user names, categories, topic
 * words), so that random widgets are actually concerned by some messages. Loaded once.
 */
public final class TriageCorpus {

    /** The body fields that name whom a message is about, or who acted, in the corpus's services. */
    private static final Set<String> PERSON_FIELDS = Set.of("username", "agent", "user", "owner");

    /**
     * Test widgets ask about the same corpus messages thousands of times (once per instance): each
     * message's person fields are read once. Keyed by identity; the corpus is finite.
     */
    private static final Map<BusMessage, List<String>> PERSON_FIELD_VALUES = new ConcurrentHashMap<>();

    private static final TriageCorpus LOADED = load();

    private final SortedMap<String, BusMessage> messages;
    private final SortedMap<String, String> rejected;
    private final List<String> bugzillaAddresses;
    private final List<String> usernames;
    private final List<String> categories;
    private final List<String> topicWords;

    private TriageCorpus(SortedMap<String, BusMessage> messages, SortedMap<String, String> rejected,
                         List<String> bugzillaAddresses, List<String> usernames, List<String> categories,
                         List<String> topicWords) {
        this.messages = messages;
        this.rejected = rejected;
        this.bugzillaAddresses = bugzillaAddresses;
        this.usernames = usernames;
        this.categories = categories;
        this.topicWords = topicWords;
    }

    public static TriageCorpus get() {
        return LOADED;
    }

    /** Every file of {@code messages/} that {@link BusMessage#parse} accepts, by file name. */
    public SortedMap<String, BusMessage> messages() {
        return messages;
    }

    /** The files that {@link BusMessage#parse} rejects, with the reason: ingest never queues them. */
    public SortedMap<String, String> rejected() {
        return rejected;
    }

    /** Reporters and actors of the Bugzilla messages ({@code bz_creator}, {@code bz_event_user} of INDEX.tsv). */
    public List<String> bugzillaAddresses() {
        return bugzillaAddresses;
    }

    /** The user names of the corpus: the non-blank {@link #personFieldValues} of at most 64 characters. */
    public List<String> usernames() {
        return usernames;
    }

    public List<String> categories() {
        return categories;
    }

    /** The words of the topics after the category ({@code bug}, {@code update}, {@code comment}...). */
    public List<String> topicWords() {
        return topicWords;
    }

    /**
     * The values of the {@code username}, {@code agent}, {@code user} and {@code owner} fields
     * anywhere in the body: the field's string, or its object's {@code name} or {@code username}.
     * This is how the corpus's services say whose a message is; test widgets decide with it,
     * independently of how triage finds mentions.
     */
    public static List<String> personFieldValues(BusMessage message) {
        return PERSON_FIELD_VALUES.computeIfAbsent(message, m -> {
            List<String> values = new ArrayList<>();
            collectPersonFields(m.body(), values);
            return List.copyOf(values);
        });
    }

    /** Whether a person field of {@code message} names one of {@code people}, ignoring case. */
    public static boolean personFieldsName(BusMessage message, List<String> people) {
        for (String value : personFieldValues(message)) {
            for (String person : people) {
                if (value.equalsIgnoreCase(person)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collectPersonFields(JsonValue value, List<String> values) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if (PERSON_FIELDS.contains(key)) {
                    if (member instanceof JsonObject person) {
                        addString(person.get("name"), values);
                        addString(person.get("username"), values);
                    } else {
                        addString(member, values);
                    }
                }
                collectPersonFields(member, values);
            });
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(element -> collectPersonFields(element, values));
        }
    }

    private static void addString(JsonValue value, List<String> values) {
        if (value instanceof JsonString text) {
            values.add(text.getString());
        }
    }

    private static TriageCorpus load() {
        SortedMap<String, BusMessage> messages = new TreeMap<>();
        SortedMap<String, String> rejected = new TreeMap<>();
        try (Stream<Path> files = Files.list(Fixtures.dir().resolve("messages"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                try {
                    messages.put(name, BusMessage.parse(Files.readString(file, StandardCharsets.UTF_8)));
                } catch (InvalidMessageException e) {
                    rejected.put(name, e.getMessage()); // ingest never queues these, so triage never sees them
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> addresses = new TreeSet<>();
        for (Map<String, String> row : Fixtures.index()) {
            Stream.of(row.get("bz_creator"), row.get("bz_event_user")).filter(a -> !a.isBlank()).forEach(addresses::add);
        }
        Set<String> usernames = new TreeSet<>();
        Set<String> categories = new TreeSet<>();
        Set<String> topicWords = new TreeSet<>();
        for (BusMessage message : messages.values()) {
            personFieldValues(message).stream().filter(name -> !name.isBlank() && name.length() <= 64).forEach(usernames::add);
            categories.add(message.category());
            List<String> words = List.of(message.subject().split("\\."));
            topicWords.addAll(words.subList(1, words.size()));
        }
        return new TriageCorpus(Collections.unmodifiableSortedMap(messages), Collections.unmodifiableSortedMap(rejected),
                List.copyOf(addresses), List.copyOf(usernames), List.copyOf(categories), List.copyOf(topicWords));
    }
}
