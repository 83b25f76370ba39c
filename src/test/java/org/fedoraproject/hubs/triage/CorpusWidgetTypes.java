package org.fedoraproject.hubs.triage;

import static org.fedoraproject.hubs.widget.HintedTestWidgets.function;
import static org.fedoraproject.hubs.widget.HintedTestWidgets.type;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.InvalidConfigException;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * Widget types with every shape of hints, whose rules read the corpus's messages the way real
 * widgets would and keep their hints' promise. Parameters are text; lists are comma-separated.
 */
public final class CorpusWidgetTypes {

    /** Hints: people ({@code user}). Invalidated when a person field names the user. */
    public static final WidgetType PERSON_WATCH = type("person-watch", List.of("user"),
            (message, config) -> TriageCorpus.personFieldsName(message, List.of(config.get("user"))),
            config -> new Hints(Set.of(), Set.of(config.get("user"))));

    /** Hints: a category. Invalidated by that category's messages whose topic has {@code word}. */
    public static final WidgetType CATEGORY_WATCH = type("category-watch", List.of("category", "word"),
            (message, config) -> message.category().equals(config.get("category")) && hasTopicWord(message, config.get("word")),
            config -> new Hints(Set.of(config.get("category")), Set.of()));

    /**
     * Hints: several categories and several people. Invalidated when a person field of a message of
     * one of the categories names a member; a message can mention several members.
     */
    public static final WidgetType TEAM_WATCH = type("team-watch", List.of("categories", "members"),
            (message, config) -> list(config, "categories").contains(message.category())
                    && TriageCorpus.personFieldsName(message, list(config, "members")),
            config -> new Hints(Set.copyOf(list(config, "categories")), Set.copyOf(list(config, "members"))));

    /** No hints (the interface's default): a substring test on the topic, which no hint can express. */
    public static final WidgetType TOPIC_SUBSTRING = type("topic-substring", List.of("word"),
            function("main", (message, config) -> message.topic().contains(config.get("word"))));

    /** Two functions with different hints: the user's own messages, and one category's news. */
    public static final WidgetType DIGEST = type("digest", List.of("user", "category"),
            function("mine", (message, config) -> TriageCorpus.personFieldsName(message, List.of(config.get("user"))),
                    config -> new Hints(Set.of(), Set.of(config.get("user")))),
            function("news", (message, config) -> message.category().equals(config.get("category")),
                    config -> new Hints(Set.of(config.get("category")), Set.of())));

    /**
     * Broken: its hints always throw, and its rule throws on topics with {@code word}; otherwise
     * invalidated by {@code category}. Triage must still ask it, and survive it.
     */
    public static final WidgetType BROKEN = type("broken", List.of("category", "word"),
            (message, config) -> {
                if (hasTopicWord(message, config.get("word"))) {
                    throw new IllegalStateException("bug in a widget, on " + message);
                }
                return message.category().equals(config.get("category"));
            },
            config -> {
                throw new IllegalStateException("bug in a widget's hints");
            });

    /** Looked up once: {@code Json.createObjectBuilder()} looks the provider up on every call, which is slow. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private CorpusWidgetTypes() {
    }

    /** {@code type}'s configuration from alternating names and values, validated as the API validates it. */
    public static WidgetConfig config(WidgetType type, String... namesAndValues) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return WidgetConfig.validate(type, json.build());
        } catch (InvalidConfigException e) {
            throw new IllegalArgumentException("a test made an invalid configuration of " + type.name(), e);
        }
    }

    /** Name to type, for the types above. */
    public static Map<String, WidgetType> all() {
        return Map.of(PERSON_WATCH.name(), PERSON_WATCH, CATEGORY_WATCH.name(), CATEGORY_WATCH,
                TEAM_WATCH.name(), TEAM_WATCH, TOPIC_SUBSTRING.name(), TOPIC_SUBSTRING, DIGEST.name(), DIGEST,
                BROKEN.name(), BROKEN);
    }

    private static boolean hasTopicWord(BusMessage message, String word) {
        return List.of(message.subject().split("\\.")).contains(word);
    }

    private static List<String> list(WidgetConfig config, String name) {
        return List.of(config.get(name).split(","));
    }
}
