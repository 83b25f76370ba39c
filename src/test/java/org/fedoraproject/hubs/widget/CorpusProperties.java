package org.fedoraproject.hubs.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.MessagePeople;
import org.fedoraproject.hubs.triage.TriageCorpus;

/**
 * Properties every widget's invalidation rule must have over the whole corpus of real bus messages
 * ({@link TriageCorpus}), for one configuration: it keeps its {@link Hints} promise (triage relies on
 * it), and no message outside its family ever invalidates it.
 */
public final class CorpusProperties {

    private CorpusProperties() {
    }

    /**
     * Asserts, for every corpus message: when {@code function} is invalidated by it under {@code config},
     * the message is of the family, its category is among the hinted ones (when hinted) and it mentions a
     * hinted person (when hinted). Returns how many messages invalidated it, so a caller can also insist
     * that the rule fires at all.
     */
    public static int assertFamilyOnlyAndHintsKept(CachedFunction function, WidgetConfig config,
                                                   Predicate<BusMessage> family) {
        Hints hints = function.hints(config);
        Set<String> hintedPeople = hints.people().stream().map(MessagePeople::normalize)
                .collect(java.util.stream.Collectors.toSet());
        int invalidated = 0;
        for (Map.Entry<String, BusMessage> entry : TriageCorpus.get().messages().entrySet()) {
            BusMessage message = entry.getValue();
            if (!function.shouldInvalidate(message, config)) {
                continue;
            }
            invalidated++;
            assertThat(family.test(message)).as("%s invalidates %s: outside its family", entry.getKey(), function.id())
                    .isTrue();
            if (!hints.categories().isEmpty()) {
                assertThat(hints.categories()).as("hinted categories, for %s", entry.getKey()).contains(message.category());
            }
            if (!hintedPeople.isEmpty()) {
                assertThat(MessagePeople.of(message)).as("hinted people, for %s", entry.getKey())
                        .containsAnyElementsOf(hintedPeople);
            }
        }
        return invalidated;
    }
}
