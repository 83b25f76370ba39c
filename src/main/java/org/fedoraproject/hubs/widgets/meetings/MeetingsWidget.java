package org.fedoraproject.hubs.widgets.meetings;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.ParameterType;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * The team meetings widget: the calendar's next meetings and the channel's latest minutes, two
 * cached functions because different messages change them. "Next" depends on the time of the
 * rebuild, so the clock is a field tests replace; the view also hides meetings that ended since.
 */
@ApplicationScoped
public class MeetingsWidget implements WidgetType {

    static final String CALENDAR = "calendar";
    static final String CHANNEL = "channel";

    /** How many days ahead the calendar is read. */
    static final int DAYS_AHEAD = 62;
    /** How far back minutes are searched: datagrepper refuses text searches reaching past eight months. */
    static final Duration MINUTES_BACK = Duration.ofDays(180);

    /** Fedocal's calendar names: letters, digits, spaces and {@code . _ + -}, at most 80. */
    private static final Pattern CALENDAR_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.+-]{0,79}");
    /** An IRC channel: {@code #} then letters, digits and {@code . _ + -}. */
    private static final Pattern CHANNEL_NAME = Pattern.compile("#[A-Za-z0-9_.+-]{1,63}");

    @Inject
    FedocalClient fedocal;

    @Inject
    DatagrepperClient datagrepper;

    Clock clock = Clock.systemUTC();

    private final CachedFunction upcoming = new CachedFunction() {
        @Override
        public String id() {
            return "upcoming";
        }

        @Override
        public JsonValue execute(WidgetConfig config) throws Exception {
            String calendar = calendar(config)
                    .orElseThrow(() -> new IOException("'" + config.get(CALENDAR) + "' is not a fedocal calendar name"));
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            return MeetingLists.upcoming(fedocal.meetings(calendar, today, today.plusDays(DAYS_AHEAD)), calendar, now,
                    fedocal.webUrl());
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return calendar(config).filter(calendar -> MeetingMessageRule.changesCalendar(message, calendar)).isPresent();
        }

        /** Category {@code fedocal} and the calendar's name, which every message the rule accepts has as a string value. */
        @Override
        public Hints hints(WidgetConfig config) {
            return new Hints(Set.of(MeetingMessageRule.FEDOCAL), calendar(config).map(Set::of).orElse(Set.of()));
        }
    };

    private final CachedFunction minutes = new CachedFunction() {
        @Override
        public String id() {
            return "minutes";
        }

        @Override
        public JsonValue execute(WidgetConfig config) throws Exception {
            String text = config.get(CHANNEL);
            if (text == null || text.isBlank()) {
                return JSON.createObjectBuilder().addNull("channel").addNull("meeting").build();
            }
            String channel = channel(config)
                    .orElseThrow(() -> new IOException("'" + text + "' is not an IRC channel (e.g. #fedora-meeting)"));
            return MeetingLists.latestMinutes(
                    datagrepper.meetingsCompleted(channel, clock.instant().minus(MINUTES_BACK)), channel);
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return channel(config).filter(channel -> MeetingMessageRule.completesMeetingIn(message, channel)).isPresent();
        }

        /** Category {@code meetbot} and the channel, which every message the rule accepts has as a string value. */
        @Override
        public Hints hints(WidgetConfig config) {
            return new Hints(Set.of(MeetingMessageRule.MEETBOT), channel(config).map(Set::of).orElse(Set.of()));
        }
    };

    private static Optional<String> calendar(WidgetConfig config) {
        return Optional.ofNullable(config.get(CALENDAR)).map(String::strip).filter(name -> CALENDAR_NAME.matcher(name).matches());
    }

    private static Optional<String> channel(WidgetConfig config) {
        return Optional.ofNullable(config.get(CHANNEL)).map(String::strip).filter(name -> CHANNEL_NAME.matcher(name).matches());
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public String label() {
        return "Meetings";
    }

    @Override
    public String description() {
        return "A team's next meetings in the Fedora calendar and the minutes of its latest IRC meeting.";
    }

    @Override
    public Column preferredColumn() {
        return Column.RIGHT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.required(CALENDAR, "Fedocal calendar", ParameterType.TEXT,
                        "The team's calendar on calendar.fedoraproject.org, e.g. infrastructure.").fromHubSetting("hub"),
                Parameter.optional(CHANNEL, "IRC meeting channel", ParameterType.TEXT, null,
                        "Where the team meets, e.g. #fedora-meeting: its latest minutes are shown. Leave empty for none."));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(upcoming, minutes);
    }
}
