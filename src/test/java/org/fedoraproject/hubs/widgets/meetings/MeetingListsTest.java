package org.fedoraproject.hubs.widgets.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;

class MeetingListsTest {

    private static final String FEDOCAL = "https://calendar.fedoraproject.org";

    @Test
    void keepsTheMeetingsThatHaveNotEndedSoonestFirst() {
        JsonObject answer = json("""
                {"meetings": [
                  {"meeting_id": 3, "meeting_name": "later", "meeting_manager": ["pingou", "ralph"],
                   "meeting_date": "2026-12-10", "meeting_date_end": "2026-12-10",
                   "meeting_time_start": "16:00:00", "meeting_time_stop": "17:00:00", "meeting_timezone": "Europe/Paris",
                   "meeting_location": "fedora-meeting@irc.libera.chat", "calendar_name": "infrastructure"},
                  {"meeting_id": 1, "meeting_name": "over", "meeting_manager": "ralph,",
                   "meeting_date": "2026-12-02", "meeting_date_end": "2026-12-02",
                   "meeting_time_start": "09:00:00", "meeting_time_stop": "10:00:00", "calendar_name": "infrastructure"},
                  {"meeting_id": 2, "meeting_name": "running", "meeting_manager": "ralph,lmacken",
                   "meeting_date": "2026-12-02", "meeting_date_end": "2026-12-02",
                   "meeting_time_start": "11:00:00", "meeting_time_stop": "12:00:00", "calendar_name": "infrastructure"}
                ], "arguments": {"calendar": "infrastructure"}}""");

        JsonObject upcoming = MeetingLists.upcoming(answer, "infrastructure", Instant.parse("2026-12-02T11:30:00Z"), FEDOCAL);

        assertThat(upcoming.getString("url")).isEqualTo(FEDOCAL + "/infrastructure/");
        assertThat(upcoming.getJsonArray("meetings").stream().map(m -> m.asJsonObject().getString("name")).toList())
                .containsExactly("running", "later");
        JsonObject running = upcoming.getJsonArray("meetings").getJsonObject(0);
        assertThat(running.getString("start")).isEqualTo("2026-12-02T11:00:00Z");
        assertThat(running.getJsonArray("managers").toString()).isEqualTo("[\"ralph\",\"lmacken\"]");
        JsonObject later = upcoming.getJsonArray("meetings").getJsonObject(1);
        assertThat(later.getString("url")).isEqualTo(FEDOCAL + "/meeting/3/");
        assertThat(later.getString("timezone")).isEqualTo("Europe/Paris");
        assertThat(later.getString("location")).isEqualTo("fedora-meeting@irc.libera.chat");
    }

    @Test
    void readsTheRecordedCalendarAsOfAGivenDay() {
        JsonObject upcoming = MeetingLists.upcoming(fedocal("awesome-meetings.json"), "awesome",
                Instant.parse("2026-12-12T08:00:00Z"), FEDOCAL);

        assertThat(upcoming.getJsonArray("meetings")).hasSize(MeetingLists.UPCOMING);
        JsonObject next = upcoming.getJsonArray("meetings").getJsonObject(0);
        assertThat(next.getString("name")).isEqualTo("wat");
        // "wat" lasts from noon to noon the next day (as in fedocal's message 0519): the one of the 11th has not ended
        assertThat(next.getString("start")).isEqualTo("2026-12-11T12:00:00Z");
        assertThat(next.getJsonArray("managers").toString()).isEqualTo("[\"ralph\"]");
        assertThat(MeetingLists.upcoming(fedocal("awesome-no-meetings.json"), "awesome",
                Instant.parse("2026-12-12T08:00:00Z"), FEDOCAL).getJsonArray("meetings")).isEmpty();
    }

    @Test
    void theLatestMinutesAreOfExactlyTheChannel() {
        JsonObject after = MeetingLists.latestMinutes(datagrepper("meeting-complete-fedora-meeting.json"), "#fedora-meeting");
        JsonObject before = MeetingLists.latestMinutes(
                datagrepper("meeting-complete-fedora-meeting-before-0714.json"), "#fedora-meeting");

        assertThat(before.isNull("meeting")).isTrue();
        JsonObject meeting = after.getJsonObject("meeting");
        assertThat(meeting.getString("topic")).isEqualTo("testing");
        assertThat(meeting.getString("owner")).isEqualTo("threebean");
        assertThat(meeting.getJsonArray("attendees").toString()).isEqualTo("[\"threebean\"]");
        assertThat(meeting.getString("ended")).isEqualTo("2013-06-24T19:52:21.190Z");
        // this old message's url is relative: no link rather than a broken one
        assertThat(meeting.getString("minutes_url")).isEmpty();
    }

    @Test
    void linksTheMinutesAndTheLog() {
        JsonObject minutes = MeetingLists.latestMinutes(datagrepper("meeting-complete-fedora-meeting.json"), "#fedora-meeting-1");

        JsonObject meeting = minutes.getJsonObject("meeting");
        assertThat(meeting.getString("topic")).isEqualTo("RELENG (2015-02-09)");
        assertThat(meeting.getString("minutes_url"))
                .isEqualTo("http://meetbot.fedoraproject.org/fedora-meeting-1/2015-02-09/releng.2015-02-09-16.31.html");
        assertThat(meeting.getString("log_url")).endsWith("releng.2015-02-09-16.31.log.html");
        assertThat(meeting.getJsonArray("chairs")).hasSize(7);
    }

    @Test
    void refusesAnswersOfAnotherShape() {
        assertThatThrownBy(() -> MeetingLists.upcoming(json("{\"error\": \"Invalid calendar provided: x\", \"meetings\": 1}"),
                "x", Instant.EPOCH, FEDOCAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeetingLists.upcoming(json("{\"meetings\": [{\"meeting_name\": \"no date\"}]}"),
                "x", Instant.EPOCH, FEDOCAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeetingLists.latestMinutes(json("{\"messages\": []}"), "#x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonObject fedocal(String file) {
        return json(Fixtures.resource("demo/answers/fedocal/" + file));
    }

    private static JsonObject datagrepper(String file) {
        return json(Fixtures.resource("demo/answers/datagrepper/" + file));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
