package org.fedoraproject.hubs.widgets.badges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.ParameterType;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;

/** The badges widget: one cached function, the person's page on Fedora Badges. */
@ApplicationScoped
public class BadgesWidget implements WidgetType {

    static final String USERNAME = "username";

    @Inject
    BadgesClient badges;

    private final CachedFunction list = new CachedFunction() {
        @Override
        public String id() {
            return "badges";
        }

        @Override
        public JsonValue execute(WidgetConfig config) throws Exception {
            String username = config.get(USERNAME);
            return BadgeList.from(badges.user(username), username, badges.webUrl());
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return BadgeMessageRule.concerns(message, config.get(USERNAME));
        }

        @Override
        public Hints hints(WidgetConfig config) {
            return new Hints(Set.of(BadgeMessageRule.CATEGORY), Set.of(config.get(USERNAME)));
        }
    };

    @Override
    public String name() {
        return "badges";
    }

    @Override
    public String label() {
        return "Badges";
    }

    @Override
    public String description() {
        return "The Fedora Badges you were awarded, newest first, and your rank among badge holders.";
    }

    @Override
    public Column preferredColumn() {
        return Column.RIGHT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.required(USERNAME, "Fedora account", ParameterType.USERNAME,
                "Whose badges to show: a Fedora account name.").fromHubSetting("username"));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(list);
    }
}
