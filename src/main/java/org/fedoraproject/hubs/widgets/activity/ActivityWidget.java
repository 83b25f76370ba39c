package org.fedoraproject.hubs.widgets.activity;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.MessageLog;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.ParameterType;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * The activity widget: the latest bus messages concerning its people (a user hub's user, a team's
 * members), one line each, newest first. Its one function is a {@link MessageLog}: triage records
 * each message that concerns the people ({@link ActivityLog}), and the rebuild only reads the
 * newest rows back. A new instance is first filled from datagrepper when the bus has one
 * ({@link ActivityBackfill}).
 */
@ApplicationScoped
public class ActivityWidget implements WidgetType {

    static final String PEOPLE = "people";
    static final String MAX = "max";
    /** The most items an instance may keep, whatever its configuration asks. */
    static final int MOST = 500;

    /** The default of {@link #MAX}. */
    @Inject
    @ConfigProperty(name = "hubs.activity.max-items", defaultValue = "100")
    int maxItems = 100;

    @Inject
    ActivityLog log;

    @Inject
    ActivityBackfill backfill;

    private final Clock clock = Clock.systemUTC();

    private final ActivityFunction activity = new ActivityFunction();

    /** The stream of one instance: read from what was recorded for it, hence by instance. */
    private final class ActivityFunction implements CachedFunction, MessageLog {

        @Override
        public String id() {
            return "activity";
        }

        /** Never called: the stream belongs to an instance, see {@link #execute(long, WidgetConfig)}. */
        @Override
        public JsonValue execute(WidgetConfig config) {
            throw new UnsupportedOperationException("an activity stream is read by widget instance");
        }

        @Override
        public JsonValue execute(long widgetId, WidgetConfig config) throws Exception {
            Set<String> people = people(config);
            int cap = cap(config);
            if (backfill.enabled() && !log.isBackfilled(widgetId, people)) {
                Instant now = clock.instant();
                log.backfilled(widgetId, people,
                        backfill.latest(people, cap).stream().map(message -> ActivityItem.of(message, now)).toList(), cap);
            }
            return value(people, log.newest(widgetId, people, cap));
        }

        @Override
        public void record(BusMessage message, long widgetId, WidgetConfig config) {
            log.record(widgetId, people(config), List.of(ActivityItem.of(message, clock.instant())), cap(config));
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return ConcernedPeople.concerns(message, people(config));
        }

        /** Its people, in any category: what it concerns is always among what a message mentions. */
        @Override
        public Hints hints(WidgetConfig config) {
            return new Hints(Set.of(), people(config));
        }
    }

    private static Set<String> people(WidgetConfig config) {
        return ConcernedPeople.configured(config.get(PEOPLE));
    }

    /** The configured cap, within 1 to {@value #MOST}. */
    int cap(WidgetConfig config) {
        String max = config.get(MAX);
        int asked = max == null ? maxItems : Integer.parseInt(max);
        return Math.max(1, Math.min(MOST, asked));
    }

    /** The widget's value: its people and items, newest first. */
    static JsonObject value(Set<String> people, List<ActivityItem> items) {
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        items.forEach(item -> lines.add(item.toJson()));
        return JSON.createObjectBuilder()
                .add("people", JSON.createArrayBuilder(List.copyOf(people)))
                .add("items", lines)
                .build();
    }

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public String label() {
        return "Activity";
    }

    @Override
    public String description() {
        return "What you (or your team's members) did lately across Fedora, from the message bus: builds, updates, "
                + "issues, pull requests, badges, meetings... newest first, live.";
    }

    @Override
    public Column preferredColumn() {
        return Column.LEFT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.required(PEOPLE, "People", ParameterType.PEOPLE,
                        "Fedora account names (or Bugzilla e-mail addresses), separated by commas: a team's members, say.")
                        .fromHubSetting("username"),
                Parameter.optional(MAX, "Lines kept", ParameterType.INTEGER, String.valueOf(maxItems),
                        "How many of the latest messages to show, 1 to " + MOST + "."));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(activity);
    }
}
