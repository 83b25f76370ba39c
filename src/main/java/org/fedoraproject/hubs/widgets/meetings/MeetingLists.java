package org.fedoraproject.hubs.widgets.meetings;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.InvalidMessageException;

/**
 * The widget's values from fedocal's and datagrepper's answers: the next meetings of a calendar
 * as of a given instant, and the latest minutes of a channel.
 */
final class MeetingLists {

    /** How many coming meetings the widget keeps. */
    static final int UPCOMING = 10;

    private record Meeting(Instant start, JsonObject entry) {
    }

    private MeetingLists() {
    }

    /**
     * The meetings of fedocal's answer that have not ended at {@code now}, soonest first. Fedocal
     * stores and answers times in UTC ({@code meeting_timezone} is only how the organiser sees them).
     *
     * @throws IllegalArgumentException when the answer does not have fedocal's shape
     */
    static JsonObject upcoming(JsonObject answer, String calendar, Instant now, String fedocalUrl) {
        if (!(answer.get("meetings") instanceof JsonArray meetings)) {
            throw new IllegalArgumentException("Fedocal answer has no 'meetings' list");
        }
        List<Meeting> coming = new ArrayList<>();
        for (JsonValue value : meetings) {
            if (!(value instanceof JsonObject meeting)) {
                throw new IllegalArgumentException("Fedocal answer has a meeting that is not an object");
            }
            Optional<Instant> start = instant(meeting, "meeting_date", "meeting_time_start");
            if (start.isEmpty()) {
                throw new IllegalArgumentException("Fedocal answer has a meeting without a start date and time");
            }
            Instant end = instant(meeting, "meeting_date_end", "meeting_time_stop").filter(e -> !e.isBefore(start.get()))
                    .orElse(start.get());
            if (end.isAfter(now) || start.get().isAfter(now)) {
                coming.add(new Meeting(start.get(), entry(meeting, start.get(), end, fedocalUrl)));
            }
        }
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        coming.stream().sorted(Comparator.comparing(Meeting::start)).limit(UPCOMING).map(Meeting::entry).forEach(entries::add);
        return JSON.createObjectBuilder()
                .add("calendar", calendar)
                .add("url", fedocalUrl + "/" + URLEncoder.encode(calendar, StandardCharsets.UTF_8).replace("+", "%20") + "/")
                .add("meetings", entries)
                .build();
    }

    private static JsonObject entry(JsonObject meeting, Instant start, Instant end, String fedocalUrl) {
        JsonObjectBuilder entry = JSON.createObjectBuilder()
                .add("name", meeting.getString("meeting_name", ""))
                .add("start", start.toString())
                .add("end", end.toString())
                .add("timezone", meeting.getString("meeting_timezone", "UTC"))
                .add("location", meeting.getString("meeting_location", ""))
                .add("managers", managers(meeting.get("meeting_manager")));
        if (meeting.get("meeting_id") instanceof JsonNumber id) {
            entry.add("id", id.longValue()).add("url", fedocalUrl + "/meeting/" + id.longValue() + "/");
        }
        return entry.build();
    }

    /** Fedocal lists the managers ({@code ["pingou", "ralph"]}); older versions wrote them as {@code "ralph,"}. */
    private static JsonArray managers(JsonValue value) {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        if (value instanceof JsonArray list) {
            list.stream().filter(JsonString.class::isInstance).map(name -> ((JsonString) name).getString().strip())
                    .filter(name -> !name.isEmpty()).forEach(names::add);
        } else if (value instanceof JsonString text) {
            Arrays.stream(text.getString().split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(names::add);
        }
        return names.build();
    }

    private static Optional<Instant> instant(JsonObject meeting, String dateField, String timeField) {
        try {
            return Optional.of(LocalDate.parse(meeting.getString(dateField, ""))
                    .atTime(LocalTime.parse(meeting.getString(timeField, "")))
                    .toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The newest meeting completed in exactly {@code channel} among datagrepper's messages (newest
     * first), or a {@code null} meeting when there is none.
     *
     * @throws IllegalArgumentException when the answer does not have datagrepper's shape
     */
    static JsonObject latestMinutes(JsonObject answer, String channel) {
        if (!(answer.get("raw_messages") instanceof JsonArray messages)) {
            throw new IllegalArgumentException("Datagrepper answer has no 'raw_messages' list");
        }
        Optional<BusMessage> latest = messages.stream()
                .filter(JsonObject.class::isInstance)
                .flatMap(envelope -> busMessage(envelope.asJsonObject()).stream())
                .filter(message -> MeetingMessageRule.completesMeetingIn(message, channel))
                .max(Comparator.comparing(message -> message.sentAt().orElse(Instant.EPOCH)));
        JsonObjectBuilder minutes = JSON.createObjectBuilder().add("channel", channel);
        latest.ifPresentOrElse(message -> minutes.add("meeting", meeting(message)), () -> minutes.addNull("meeting"));
        return minutes.build();
    }

    private static Optional<BusMessage> busMessage(JsonObject envelope) {
        try {
            return Optional.of(BusMessage.of(envelope));
        } catch (InvalidMessageException e) {
            return Optional.empty(); // not a message: nothing to show from it
        }
    }

    private static JsonObject meeting(BusMessage message) {
        JsonObject body = message.body();
        String url = body.getString("url", "");
        boolean linked = url.startsWith("https://") || url.startsWith("http://");
        JsonObjectBuilder meeting = JSON.createObjectBuilder()
                .add("topic", body.getString("meeting_topic", ""))
                .add("owner", body.getString("owner", ""))
                .add("chairs", names(body.get("chairs")))
                .add("attendees", names(body.get("attendees")))
                // meetbot's url is the common stem of the minutes (.html) and the full log (.log.html)
                .add("minutes_url", linked ? url + ".html" : "")
                .add("log_url", linked ? url + ".log.html" : "");
        message.sentAt().ifPresentOrElse(at -> meeting.add("ended", at.toString()), () -> meeting.add("ended", ""));
        return meeting.build();
    }

    /** Meetbot's chairs and attendees are objects keyed by nick; zodbot, the bot itself, attends every meeting. */
    private static JsonArray names(JsonValue value) {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        if (value instanceof JsonObject byNick) {
            byNick.keySet().stream().filter(nick -> !nick.equals("zodbot")).sorted().forEach(names::add);
        }
        return names.build();
    }
}
