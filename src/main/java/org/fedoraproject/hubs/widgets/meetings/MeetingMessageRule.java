package org.fedoraproject.hubs.widgets.meetings;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.fedoraproject.hubs.bus.BusMessage;

/**
 * Which messages change a calendar's meetings and a channel's latest minutes. Every fedocal message
 * ({@code fedocal.calendar.*}, {@code fedocal.meeting.*}, reminders included) names its calendar in
 * {@code msg.calendar.calendar_name}, meeting messages also in {@code msg.meeting.calendar_name}.
 * Only the end of a meeting ({@code meetbot.meeting.complete}) publishes minutes; the messages
 * meetbot sends during a meeting (start, topics, items) leave the latest minutes as they are.
 */
final class MeetingMessageRule {

    static final String FEDOCAL = "fedocal";
    static final String MEETBOT = "meetbot";
    static final String MEETING_COMPLETE = "meetbot.meeting.complete";

    private MeetingMessageRule() {
    }

    static boolean changesCalendar(BusMessage message, String calendar) {
        return message.category().equals(FEDOCAL)
                && (calendar.equals(calendarName(message.body().get("calendar")))
                || calendar.equals(calendarName(message.body().get("meeting"))));
    }

    /** Whether the message is the end of a meeting in {@code channel} (IRC channel names ignore case). */
    static boolean completesMeetingIn(BusMessage message, String channel) {
        return message.category().equals(MEETBOT) && message.subject().equals(MEETING_COMPLETE)
                && channel.equalsIgnoreCase(message.body().getString("channel", ""));
    }

    private static String calendarName(JsonValue value) {
        return value instanceof JsonObject object ? object.getString("calendar_name", null) : null;
    }
}
