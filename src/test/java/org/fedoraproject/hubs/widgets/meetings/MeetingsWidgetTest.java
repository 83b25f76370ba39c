package org.fedoraproject.hubs.widgets.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;

/** The meetings widget's execute, with its clock and services replaced: "next" is as of the clock. */
class MeetingsWidgetTest {

    private final List<String> asked = new ArrayList<>();
    private final MeetingsWidget widget = new MeetingsWidget();

    MeetingsWidgetTest() {
        widget.clock = Clock.fixed(Instant.parse("2027-01-20T13:00:00Z"), ZoneOffset.UTC);
        widget.fedocal = new FedocalClient() {
            @Override
            JsonObject meetings(String calendar, LocalDate from, LocalDate to) {
                asked.add(calendar + " " + from + ".." + to);
                return json(Fixtures.resource("demo/answers/fedocal/awesome-meetings.json"));
            }

            @Override
            public String webUrl() {
                return "https://calendar.fedoraproject.org";
            }
        };
        widget.datagrepper = new DatagrepperClient() {
            @Override
            JsonObject meetingsCompleted(String channel, Instant since) {
                asked.add(channel + " since " + since);
                return json(Fixtures.resource("demo/answers/datagrepper/meeting-complete-fedora-meeting.json"));
            }
        };
    }

    @Test
    void asksTheCalendarFromTodayAndKeepsWhatHasNotEnded() throws Exception {
        JsonObject upcoming = widget.function("upcoming").execute(MeetingMessageRuleTest.config("awesome", null))
                .asJsonObject();

        assertThat(asked).containsExactly("awesome 2027-01-20..2027-03-23");
        assertThat(upcoming.getJsonArray("meetings").getJsonObject(0).getString("start")).isEqualTo("2027-01-22T12:00:00Z");
    }

    @Test
    void asksTheMinutesOfTheLastSixMonths() throws Exception {
        JsonObject minutes = widget.function("minutes").execute(MeetingMessageRuleTest.config("awesome", "#fedora-meeting"))
                .asJsonObject();

        assertThat(asked).containsExactly("#fedora-meeting since 2026-07-24T13:00:00Z");
        assertThat(minutes.getJsonObject("meeting").getString("topic")).isEqualTo("testing");
    }

    @Test
    void withoutAChannelThereAreNoMinutesToAskFor() throws Exception {
        JsonObject minutes = widget.function("minutes").execute(MeetingMessageRuleTest.config("awesome", null)).asJsonObject();

        assertThat(asked).isEmpty();
        assertThat(minutes.isNull("meeting")).isTrue();
    }

    @Test
    void anInvalidStoredNameIsReportedOnTheWidget() {
        assertThatThrownBy(() -> widget.function("upcoming").execute(MeetingMessageRuleTest.config("../admin", null)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a fedocal calendar name");
        assertThatThrownBy(() -> widget.function("minutes").execute(MeetingMessageRuleTest.config("awesome", "fedora-meeting")))
                .isInstanceOf(IOException.class).hasMessageContaining("not an IRC channel");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
