package org.fedoraproject.hubs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.rebuild.WorkItem;
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
    private final Map<String, WidgetType> types = Map.of(byUser.name(), byUser, broken.name(), broken);
    private final TriageStats stats = new TriageStats();
    private final Triage triage = new Triage(name -> Optional.ofNullable(types.get(name)), stats);

    @Test
    void queuesOneWorkItemPerInvalidatedFunctionAndIsolatesBrokenWidgetTypes() throws Exception {
        BusMessage message = BusMessage.parse(Fixtures.message("0001-prod.bugzilla.bug.update.json"));
        List<WidgetRef> widgets = List.of(
                widget(1, "broken", "quantum.analyst"),
                widget(2, "by-user", "quantum.analyst"),
                widget(3, "by-user", "nobody-here"),
                widget(4, "gone-type", "quantum.analyst"),
                widget(5, "by-user", "quantum.analyst"));

        List<WorkItem> work = triage.invalidated(message, widgets);

        assertThat(work).containsExactly(new WorkItem(2, "main"), new WorkItem(5, "main"));
        assertThat(stats.failuresByType()).containsEntry("broken", 1L);
        assertThat(stats.messages()).isEqualTo(1);
        assertThat(stats.workItems()).isEqualTo(2);
    }

    private static WidgetRef widget(long id, String type, String user) {
        return new WidgetRef(id, "hub", type, WidgetConfig.stored("{\"user\":\"" + user + "\"}"), "left", 0);
    }
}
