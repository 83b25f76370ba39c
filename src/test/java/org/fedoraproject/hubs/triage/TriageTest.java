package org.fedoraproject.hubs.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.rebuild.WorkItem;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.HintedTestWidgets;
import org.fedoraproject.hubs.widget.MessageLog;
import org.fedoraproject.hubs.widget.TestWidgets;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;
import org.junit.jupiter.api.Test;

class TriageTest {

    private final WidgetType byUser = TestWidgets.type("by-user",
            (message, config) -> message.body().toString().contains(config.get("user")), c -> JsonValue.NULL);
    private final WidgetType broken = TestWidgets.type("broken", (message, config) -> {
        throw new IllegalStateException("bug in a widget");
    }, c -> JsonValue.NULL);
    private final TriageIndex index = new TriageIndex();
    private final TriageStats stats = new TriageStats(new SimpleMeterRegistry());
    private final Triage triage = new Triage(index, stats);

    @Test
    void queuesOneWorkItemPerInvalidatedFunctionAndIsolatesBrokenWidgetTypes() throws Exception {
        BusMessage message = BusMessage.parse(Fixtures.message("0001-prod.bugzilla.bug.update.json"));
        index.put(widget(1, "broken", "quantum.analyst"), broken);
        index.put(widget(2, "by-user", "quantum.analyst"), byUser);
        index.put(widget(3, "by-user", "nobody-here"), byUser);
        index.put(widget(5, "by-user", "quantum.analyst"), byUser);

        List<WorkItem> work = triage.invalidated(message);

        assertThat(work).containsExactlyInAnyOrder(new WorkItem(2, "main"), new WorkItem(5, "main"));
        assertThat(stats.failuresByType()).containsEntry("broken", 1L);
        assertThat(stats.messages()).isEqualTo(1);
        assertThat(stats.workItems()).isEqualTo(2);
    }

    @Test
    void asksOnlyTheFunctionsWhoseHintsAdmitTheMessage() throws Exception {
        BusMessage message = BusMessage.parse(Fixtures.message("0001-prod.bugzilla.bug.update.json"));
        AtomicInteger asked = new AtomicInteger();
        WidgetType builds = HintedTestWidgets.type("builds", List.of("user"), (m, config) -> asked.incrementAndGet() > 0,
                config -> new Hints(Set.of("buildsys"), Set.of()));
        index.put(widget(1, "builds", "quantum.analyst"), builds);
        index.put(widget(2, "by-user", "quantum.analyst"), byUser);

        assertThat(triage.invalidated(message)).containsExactly(new WorkItem(2, "main"));
        assertThat(asked).hasValue(0);
    }

    @Test
    void aMessageLogRecordsEachMessageThatInvalidatesItForThatInstanceOnly() throws Exception {
        BusMessage message = BusMessage.parse(Fixtures.message("0001-prod.bugzilla.bug.update.json"));
        List<String> recorded = new ArrayList<>();
        WidgetType logging = HintedTestWidgets.type("logging", List.of("user"),
                new LoggingFunction((m, config) -> m.body().toString().contains(config.get("user")),
                        (m, widgetId, config) -> recorded.add(widgetId + " " + m.dedupeKey())));
        index.put(widget(1, "logging", "quantum.analyst"), logging);
        index.put(widget(2, "logging", "nobody-here"), logging);
        index.put(widget(3, "by-user", "quantum.analyst"), byUser);

        List<WorkItem> work = triage.invalidated(message);

        assertThat(work).containsExactlyInAnyOrder(new WorkItem(1, "main"), new WorkItem(3, "main"));
        assertThat(recorded).containsExactly("1 " + message.dedupeKey());
    }

    @Test
    void aMessageLogThatFailsFailsTheTriageSoTheMessageComesAgain() throws Exception {
        BusMessage message = BusMessage.parse(Fixtures.message("0001-prod.bugzilla.bug.update.json"));
        WidgetType failing = HintedTestWidgets.type("logging", List.of("user"), new LoggingFunction((m, config) -> true,
                (m, widgetId, config) -> {
                    throw new IllegalStateException("database down");
                }));
        index.put(widget(1, "logging", "quantum.analyst"), failing);

        assertThatThrownBy(() -> triage.invalidated(message)).hasMessage("database down");
        assertThat(stats.failuresByType()).isEmpty();
    }

    /** A function that records what invalidates it. */
    private record LoggingFunction(BiPredicate<BusMessage, WidgetConfig> invalidates, MessageLog log)
            implements CachedFunction, MessageLog {
        @Override
        public String id() {
            return "main";
        }

        @Override
        public JsonValue execute(WidgetConfig config) {
            throw new UnsupportedOperationException("triage tests never compute values");
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return invalidates.test(message, config);
        }

        @Override
        public void record(BusMessage message, long widgetId, WidgetConfig config) {
            log.record(message, widgetId, config);
        }
    }

    private static WidgetRef widget(long id, String type, String user) {
        return new WidgetRef(id, "hub", type, WidgetConfig.stored("{\"user\":\"" + user + "\"}"), "left", 0);
    }
}
