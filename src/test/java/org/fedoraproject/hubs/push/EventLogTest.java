package org.fedoraproject.hubs.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogTest {

    private static final long BOOT = 1_000;

    @Test
    void replaysWhatAClientMissedSinceARecentId() {
        EventLog log = new EventLog(3, BOOT);
        log.append(event(1001));
        log.append(event(1002));
        log.append(event(1003));

        assertThat(log.after(1001, 1003)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(HubEvent::id).containsExactly(1002L, 1003L));
        assertThat(log.after(1003, 1003)).hasValue(List.of());
    }

    @Test
    void anIdFromBeforeTheLogStartedNeedsAResync() {
        EventLog log = new EventLog(3, BOOT);
        log.append(event(1001));

        assertThat(log.after(BOOT, 1001)).isPresent();
        assertThat(log.after(BOOT - 1, 1001)).isEmpty();
    }

    @Test
    void anIdWhoseSuccessorsWereDroppedNeedsAResync() {
        EventLog log = new EventLog(2, BOOT);
        log.append(event(1001));
        log.append(event(1002));
        log.append(event(1003)); // drops 1001

        assertThat(log.after(1000, 1003)).isEmpty();
        assertThat(log.after(1001, 1003)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(HubEvent::id).containsExactly(1002L, 1003L));
    }

    @Test
    void anIdFromTheFutureNeedsAResync() {
        EventLog log = new EventLog(2, BOOT);
        log.append(event(1001));

        assertThat(log.after(5000, 1001)).isEmpty();
    }

    private static HubEvent event(long id) {
        return new HubEvent(id, "widget.updated", "{\"widget_id\": 1}");
    }
}
