package org.fedoraproject.hubs.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fedoraproject.hubs.triage.CorpusWidgetTypes.config;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.rebuild.WorkItem;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;
import org.fedoraproject.hubs.widgets.reviews.PackageReviewsWidget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Indexed triage decides exactly as asking everyone does: over random populations of widget
 * instances of every kind of hints (fixed seeds, so a failure reproduces), for every message of
 * the corpus, before and after a tenth of the population changes through {@code put} and
 * {@code remove}.
 */
class TriageIndexPropertyTest {

    private static final int INSTANCES = 2_000;
    private static final TriageCorpus CORPUS = TriageCorpus.get();
    private static final Map<String, WidgetType> TYPES = types();
    /** Drawn in proportion: common kinds often, the broken kind rarely (it fails by design). */
    private static final List<String> KINDS = kinds(Map.of("package-reviews", 40, "person-watch", 20, "team-watch", 10,
            "digest", 10, "category-watch", 5, "topic-substring", 5, "broken", 1));
    /** Held, so that the levels set on them stay set. */
    private static final List<Logger> TRIAGE_LOGGERS = List.of(Logger.getLogger(Triage.class.getName()),
            Logger.getLogger(TriageIndex.class.getName()));

    @BeforeAll
    static void quietenExpectedFailures() {
        // The broken widgets fail thousands of times here on purpose; their warnings would bury the output.
        TRIAGE_LOGGERS.forEach(logger -> logger.setLevel(Level.OFF));
    }

    @AfterAll
    static void restoreLogging() {
        TRIAGE_LOGGERS.forEach(logger -> logger.setLevel(null));
    }

    @Test
    void theCorpusIsWhole() {
        assertThat(CORPUS.messages().size() + CORPUS.rejected().size()).isEqualTo(1_076);
        assertThat(CORPUS.messages()).hasSizeGreaterThan(900);
        // Only Red Hat's internal-bus messages (/topic/VirtualTopic...) are not bus messages.
        assertThat(CORPUS.rejected()).allSatisfy((file, reason) -> {
            assertThat(file).contains("-umb.");
            assertThat(reason).contains("is not a bus topic");
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 20_261_125})
    void indexedTriageDecidesExactlyAsAskingEveryone(long seed) {
        Random random = new Random(seed);
        Population population = new Population(random);
        Map<Long, WidgetRef> widgets = new LinkedHashMap<>();
        TriageIndex index = new TriageIndex();
        for (int i = 0; i < INSTANCES; i++) {
            WidgetRef widget = population.next();
            widgets.put(widget.id(), widget);
            index.put(widget, TYPES.get(widget.type()));
        }

        assertSameDecisions(index, widgets);

        List<Long> ids = new ArrayList<>(widgets.keySet());
        for (int i = 0; i < INSTANCES / 10; i++) {
            int pick = random.nextInt(ids.size());
            switch (random.nextInt(3)) {
                case 0 -> {
                    WidgetRef reconfigured = population.reconfigured(widgets.get(ids.get(pick)));
                    widgets.put(reconfigured.id(), reconfigured);
                    index.put(reconfigured, TYPES.get(reconfigured.type()));
                }
                case 1 -> {
                    long removed = ids.get(pick);
                    ids.set(pick, ids.get(ids.size() - 1));
                    ids.remove(ids.size() - 1);
                    widgets.remove(removed);
                    index.remove(removed);
                }
                default -> {
                    WidgetRef added = population.next();
                    ids.add(added.id());
                    widgets.put(added.id(), added);
                    index.put(added, TYPES.get(added.type()));
                }
            }
        }

        assertThat(index.size()).isEqualTo(widgets.size());
        assertSameDecisions(index, widgets);
    }

    private static void assertSameDecisions(TriageIndex index, Map<Long, WidgetRef> widgets) {
        TriageStats naiveStats = new TriageStats(new SimpleMeterRegistry());
        TriageStats indexedStats = new TriageStats(new SimpleMeterRegistry());
        NaiveTriage naive = new NaiveTriage(name -> Optional.ofNullable(TYPES.get(name)), naiveStats);
        Triage indexed = new Triage(index, indexedStats);
        Collection<WidgetRef> everyone = widgets.values();
        List<String> differences = new ArrayList<>();
        Map<String, Integer> invalidatedByType = new TreeMap<>();
        long candidates = 0;
        long functions = everyone.stream().mapToLong(widget -> TYPES.get(widget.type()).functions().size()).sum();

        for (Map.Entry<String, BusMessage> file : CORPUS.messages().entrySet()) {
            List<WorkItem> expected = naive.invalidated(file.getValue(), everyone);
            List<WorkItem> actual = indexed.invalidated(file.getValue());
            if (actual.size() != expected.size() || !new HashSet<>(actual).equals(new HashSet<>(expected))) {
                differences.add(file.getKey() + ": asking everyone gives " + expected + ", the index " + actual);
            }
            expected.forEach(item -> invalidatedByType.merge(widgets.get(item.widgetId()).type(), 1, Integer::sum));
            candidates += index.candidates(file.getValue()).size();
        }

        assertThat(differences).as("%d messages decided differently", differences.size()).isEmpty();
        assertThat(indexedStats.failuresByType()).isEqualTo(naiveStats.failuresByType()).containsKey("broken");
        assertThat(indexedStats.workItems()).isEqualTo(naiveStats.workItems());
        // Not vacuous: every kind of widget is invalidated by some messages...
        assertThat(invalidatedByType.keySet()).containsAll(Set.copyOf(KINDS).stream().filter(kind -> !kind.equals("broken")).toList());
        // ... and the index spares most of the questions.
        assertThat(candidates).isLessThan(functions * CORPUS.messages().size() / 4);
    }

    /**
     * Random instances, configured mostly with what some corpus message is about (its category, its
     * topic's words, its people, its Bugzilla addresses, in any letter case) and otherwise with
     * values no message concerns.
     */
    private static final class Population {

        private final Random random;
        private final List<BusMessage> messages = List.copyOf(CORPUS.messages().values());
        private long nextId = 1;

        Population(Random random) {
            this.random = random;
        }

        WidgetRef next() {
            return configured(nextId++, pick(KINDS));
        }

        /** The same instance with a new configuration. */
        WidgetRef reconfigured(WidgetRef widget) {
            return configured(widget.id(), widget.type());
        }

        private WidgetRef configured(long id, String kind) {
            BusMessage about = pick(messages);
            WidgetType type = TYPES.get(kind);
            WidgetConfig config = switch (kind) {
                case "package-reviews" -> config(type, "email", address());
                case "person-watch" -> config(type, "user", username(about));
                case "team-watch" -> config(type, "categories", category(about) + "," + category(pick(messages)),
                        "members", username(about) + "," + username(pick(messages)) + "," + username(about));
                case "digest" -> config(type, "user", username(about), "category", category(pick(messages)));
                case "category-watch", "broken" -> config(type, "category", category(about), "word", word(about));
                case "topic-substring" -> config(type, "word", word(about));
                default -> throw new IllegalArgumentException("no such kind " + kind);
            };
            return new WidgetRef(id, "hub-" + random.nextInt(100), kind, config, "left", 0);
        }

        private String address() {
            int draw = random.nextInt(10);
            if (draw < 5) {
                return pick(CORPUS.bugzillaAddresses());
            }
            return draw < 6 ? pick(CORPUS.bugzillaAddresses()).toUpperCase(Locale.ROOT)
                    : "someone" + random.nextInt(1_000) + "@example.org";
        }

        private String username(BusMessage about) {
            List<String> own = TriageCorpus.personFieldValues(about).stream()
                    .filter(name -> !name.isBlank() && name.length() <= 64).toList();
            int draw = random.nextInt(10);
            if (draw < 6) {
                return own.isEmpty() ? pick(CORPUS.usernames()) : pick(own);
            }
            if (draw < 7) {
                return pick(CORPUS.usernames()).toUpperCase(Locale.ROOT);
            }
            return draw < 8 ? pick(CORPUS.usernames()) : "nobody" + random.nextInt(1_000);
        }

        private String category(BusMessage about) {
            return random.nextInt(10) < 9 ? about.category() : "quiet" + random.nextInt(10);
        }

        private String word(BusMessage about) {
            String[] words = about.subject().split("\\.");
            return words[1 + random.nextInt(words.length - 1)];
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private static Map<String, WidgetType> types() {
        Map<String, WidgetType> types = new HashMap<>(CorpusWidgetTypes.all());
        WidgetType reviews = new PackageReviewsWidget(); // only its rule and hints run: no Bugzilla client needed
        types.put(reviews.name(), reviews);
        return Map.copyOf(types);
    }

    private static List<String> kinds(Map<String, Integer> weights) {
        List<String> kinds = new ArrayList<>();
        new TreeMap<>(weights).forEach((kind, weight) -> {
            for (int i = 0; i < weight; i++) {
                kinds.add(kind);
            }
        });
        return List.copyOf(kinds);
    }
}
