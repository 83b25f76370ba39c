package org.fedoraproject.hubs.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fedoraproject.hubs.triage.CorpusWidgetTypes.config;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.InvalidMessageException;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.triage.TriageIndex.Candidate;
import org.fedoraproject.hubs.widget.HintedTestWidgets;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.WidgetType;
import org.junit.jupiter.api.Test;

class TriageIndexTest {

    /** Hints: category {@code category} (when configured) and people {@code people} (comma-separated, when configured). */
    private static final WidgetType HINTED = HintedTestWidgets.type("hinted", List.of("category", "people"), (message, config) -> true,
            config -> new Hints(optional(config.get("category")), optional(config.get("people"))));
    private static final WidgetType BROKEN_HINTS = HintedTestWidgets.type("broken-hints", List.of("people"), (message, config) -> true,
            config -> {
                throw new IllegalStateException("bug in a widget's hints");
            });

    private final TriageIndex index = new TriageIndex();
    private final BusMessage bugUpdate = message("bugzilla", Json.createObjectBuilder()
            .add("bug", Json.createObjectBuilder().add("creator", "Alice@Example.org ")
                    .add("cc", Json.createArrayBuilder().add("bob").add("carol")))
            .add("comment", "dave " + "x".repeat(400)));

    @Test
    void findsTheFunctionsWhoseCategoryAndPeopleTheMessageMatches() {
        put(1, "category", "bugzilla", "people", "alice@example.org");
        put(2, "category", "buildsys");
        put(3, "people", "BOB");
        put(4);
        put(5, "category", "bugzilla", "people", "dave");
        put(6, "category", "bugzilla");
        put(7, "people", "erin");

        assertThat(widgetIds(index.candidates(bugUpdate))).containsExactlyInAnyOrder(1L, 3L, 4L, 6L);
        assertThat(widgetIds(index.candidates(message("buildsys", Json.createObjectBuilder().add("owner", "erin")))))
                .containsExactlyInAnyOrder(2L, 4L, 7L);
    }

    @Test
    void aFunctionNamingSeveralMentionedPeopleIsOneCandidate() {
        put(1, "people", "bob,carol,Bob");
        put(2, "category", "bugzilla", "people", "carol,alice@example.org");

        assertThat(widgetIds(index.candidates(bugUpdate))).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void putReplacesWhatTheInstanceHadAndRemoveForgetsIt() {
        put(1, "people", "erin");
        put(2, "people", "bob");
        assertThat(widgetIds(index.candidates(bugUpdate))).containsExactly(2L);

        put(1, "people", "carol");
        assertThat(widgetIds(index.candidates(bugUpdate))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(index.candidates(bugUpdate)).filteredOn(c -> c.widget().id() == 1)
                .singleElement().satisfies(c -> assertThat(c.widget().config().get("people")).isEqualTo("carol"));
        assertThat(index.size()).isEqualTo(2);

        index.remove(2);
        index.remove(2);
        assertThat(widgetIds(index.candidates(bugUpdate))).containsExactly(1L);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aFunctionWhoseHintsFailIsACandidateForEveryMessage() {
        index.put(new WidgetRef(1, "hub", BROKEN_HINTS.name(), config(BROKEN_HINTS, "people", "erin"), "left", 0), BROKEN_HINTS);

        assertThat(widgetIds(index.candidates(bugUpdate))).containsExactly(1L);
        assertThat(widgetIds(index.candidates(message("buildsys", Json.createObjectBuilder())))).containsExactly(1L);
    }

    @Test
    void keepsEveryInstanceOfALargeBucket() {
        for (long id = 1; id <= 1_000; id++) {
            put(id, "category", "bugzilla");
        }
        for (long id = 1; id <= 1_000; id += 2) {
            index.remove(id);
        }

        assertThat(widgetIds(index.candidates(bugUpdate))).hasSize(500).allMatch(id -> id % 2 == 0);
    }

    @Test
    void aReadDuringChangesSeesEveryInstanceExactlyOnce() throws Exception {
        put(1, "people", "bob");
        put(2, "people", "bob");
        put(3, "people", "bob");
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> firstWrongReads = new ArrayList<>();
            for (int reader = 0; reader < 4; reader++) {
                firstWrongReads.add(readers.submit(() -> {
                    do {
                        List<Long> ids = widgetIds(index.candidates(bugUpdate));
                        List<Long> withoutTheOneThatComesAndGoes = ids.stream().filter(id -> id != 4).sorted().toList();
                        if (!withoutTheOneThatComesAndGoes.equals(List.of(1L, 2L, 3L)) || ids.size() > 4) {
                            return ids;
                        }
                    } while (writing.get());
                    return List.of(1L, 2L, 3L);
                }));
            }
            WidgetRef sameAgain = widget(2, "people", "bob");
            List<WidgetRef> moving = List.of(widget(3, "people", "carol"), widget(3, "people", "bob"));
            WidgetRef comingAndGoing = widget(4, "people", "carol");
            for (int change = 0; change < 30_000; change++) {
                index.put(sameAgain, HINTED); // same bucket, replaced
                index.put(moving.get(change % 2), HINTED); // between two people the message mentions
                index.put(comingAndGoing, HINTED);
                index.remove(4);
            }
            writing.set(false);

            for (Future<List<Long>> read : firstWrongReads) {
                assertThat(read.get(1, TimeUnit.MINUTES)).containsExactlyInAnyOrder(1L, 2L, 3L);
            }
        } finally {
            readers.shutdownNow();
        }
    }

    private void put(long id, String... config) {
        index.put(widget(id, config), HINTED);
    }

    private static WidgetRef widget(long id, String... config) {
        return new WidgetRef(id, "hub", HINTED.name(), config(HINTED, config), "left", 0);
    }

    private static List<Long> widgetIds(List<Candidate> candidates) {
        return candidates.stream().map(candidate -> candidate.widget().id()).toList();
    }

    private static Set<String> optional(String commaSeparated) {
        return commaSeparated == null ? Set.of() : Set.copyOf(List.of(commaSeparated.split(",")));
    }

    private static BusMessage message(String category, JsonObjectBuilder body) {
        try {
            return BusMessage.of(Json.createObjectBuilder()
                    .add("topic", "org.fedoraproject.prod." + category + ".thing.happened").add("msg", body).build());
        } catch (InvalidMessageException e) {
            throw new AssertionError("the test's own message must be valid", e);
        }
    }
}
