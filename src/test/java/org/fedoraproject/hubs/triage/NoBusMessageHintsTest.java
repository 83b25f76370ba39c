package org.fedoraproject.hubs.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fedoraproject.hubs.triage.CorpusWidgetTypes.config;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.widget.HintedTestWidgets;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.WidgetType;
import org.junit.jupiter.api.Test;

/**
 * {@link Hints#NO_BUS_MESSAGE} needs nothing of triage: its category is never a message's, so the
 * index never offers the function to any message, and {@code shouldInvalidate} is never asked.
 */
class NoBusMessageHintsTest {

    @Test
    void aFunctionHintedNoBusMessageIsNeverACandidate() {
        AtomicInteger asked = new AtomicInteger();
        WidgetType offBus = HintedTestWidgets.type("off-bus", List.of("note"), (message, config) -> {
            asked.incrementAndGet();
            return false;
        }, config -> Hints.NO_BUS_MESSAGE);
        WidgetType unhinted = HintedTestWidgets.type("unhinted", List.of("note"), (message, config) -> true,
                config -> Hints.NONE);
        TriageIndex index = new TriageIndex();
        index.put(new WidgetRef(1, "hub", offBus.name(), config(offBus, "note", "a"), "left", 0), offBus);
        index.put(new WidgetRef(2, "hub", unhinted.name(), config(unhinted, "note", "b"), "left", 0), unhinted);

        for (BusMessage message : TriageCorpus.get().messages().values()) {
            assertThat(message.category()).isNotEqualTo(Hints.NO_CATEGORY);
            assertThat(index.candidates(message)).as("%s", message)
                    .extracting(candidate -> candidate.widget().id()).containsExactly(2L);
        }
        assertThat(TriageCorpus.get().messages().size()).as("parseable corpus messages").isGreaterThan(900);
        assertThat(asked).hasValue(0);
    }

    @Test
    void noTopicWordCanBeTheCategory() {
        assertThat(Hints.NO_CATEGORY).doesNotMatch("[A-Za-z0-9_-]+");
    }
}
