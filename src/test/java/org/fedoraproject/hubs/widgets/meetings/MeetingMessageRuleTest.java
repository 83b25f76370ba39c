package org.fedoraproject.hubs.widgets.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The meetings widget's two invalidation rules against the corpus's fedocal and meetbot messages. */
class MeetingMessageRuleTest {

    private final MeetingsWidget widget = new MeetingsWidget();
    private final CachedFunction upcoming = widget.function("upcoming");
    private final CachedFunction minutes = widget.function("minutes");

    @Test
    void everyFedocalMessageOfTheCalendarRebuildsItsMeetings() {
        long rebuilds = Fixtures.index().stream().filter(row -> row.get("family").equals("fedocal")).map(row -> {
            BusMessage message = message(row.get("file"));
            assertThat(upcoming.shouldInvalidate(message, config("awesome", null))).as(row.get("file")).isTrue();
            assertThat(upcoming.shouldInvalidate(message, config("infrastructure", null))).isFalse();
            assertThat(upcoming.shouldInvalidate(message, config("Awesome", null))).isFalse();
            assertThat(minutes.shouldInvalidate(message, config("awesome", "#fedora-meeting"))).isFalse();
            return message;
        }).count();
        assertThat(rebuilds).isEqualTo(9);
    }

    @ParameterizedTest
    @CsvSource({
            "0714-prod.meetbot.meeting.complete.json, #fedora-meeting",
            "0713-prod.meetbot.meeting.complete.json, #fedora-meeting-1",
            "0711-prod.meetbot.meeting.complete.json, #FEDORA-MEETING-2",
            "0706-dev.meetbot.meeting.complete.json, #channel"})
    void theEndOfAMeetingRebuildsTheMinutesOfItsChannelOnly(String file, String channel) {
        BusMessage message = message(file);

        assertThat(minutes.shouldInvalidate(message, config("infrastructure", channel))).isTrue();
        assertThat(minutes.shouldInvalidate(message, config("infrastructure", "#fedora-meeting-3"))).isFalse();
        assertThat(minutes.shouldInvalidate(message, config("infrastructure", null))).isFalse();
        assertThat(upcoming.shouldInvalidate(message, config("infrastructure", channel))).isFalse();
    }

    @Test
    void whatMeetbotSaysDuringAMeetingLeavesTheMinutes() {
        assertThat(minutes.shouldInvalidate(message("0715-prod.meetbot.meeting.item.help.json"),
                config("infrastructure", "#fedora-meeting"))).isFalse();
        assertThat(minutes.shouldInvalidate(message("0738-prod.meetbot.meeting.start.json"),
                config("infrastructure", "#fedora-meeting-2"))).isFalse();
    }

    @Test
    void hintsNameTheCalendarAndTheChannel() {
        assertThat(upcoming.hints(config("awesome", "#fedora-meeting")).categories()).containsExactly("fedocal");
        assertThat(upcoming.hints(config("awesome", "#fedora-meeting")).people()).containsExactly("awesome");
        assertThat(minutes.hints(config("awesome", "#fedora-meeting")).categories()).containsExactly("meetbot");
        assertThat(minutes.hints(config("awesome", "#fedora-meeting")).people()).containsExactly("#fedora-meeting");
        assertThat(minutes.hints(config("awesome", "fedora meeting")).people()).isEmpty();
        assertThat(upcoming.hints(config("../x", null)).people()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"awesome, #fedora-meeting", "infrastructure, #fedora-meeting-4", "awesome, #channel",
            "ralph, #fedora-meeting-1", "awesome, #fedora-meeting-2"})
    void noMessageOutsideTheFamilyEverRebuildsAndHintsAreKept(String calendar, String channel) {
        CorpusProperties.assertFamilyOnlyAndHintsKept(upcoming, config(calendar, channel),
                message -> message.category().equals("fedocal"));
        int minuteRebuilds = CorpusProperties.assertFamilyOnlyAndHintsKept(minutes, config(calendar, channel),
                message -> message.subject().equals("meetbot.meeting.complete"));
        assertThat(minuteRebuilds).isLessThanOrEqualTo(1);
    }

    private static BusMessage message(String file) {
        try {
            return BusMessage.parse(Fixtures.message(file));
        } catch (Exception e) {
            throw new AssertionError(file, e);
        }
    }

    static WidgetConfig config(String calendar, String channel) {
        JsonObjectBuilder config = Json.createObjectBuilder().add(MeetingsWidget.CALENDAR, calendar);
        if (channel != null) {
            config.add(MeetingsWidget.CHANNEL, channel);
        }
        return WidgetConfig.stored(config.build().toString());
    }
}
