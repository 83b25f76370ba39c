package org.fedoraproject.hubs.widgets.bodhi;

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

/** The Bodhi updates widget: one cached function, the person's pending and testing updates. */
@ApplicationScoped
public class BodhiUpdatesWidget implements WidgetType {

    static final String USERNAME = "username";

    @Inject
    BodhiClient bodhi;

    private final CachedFunction updates = new CachedFunction() {
        @Override
        public String id() {
            return "updates";
        }

        @Override
        public JsonValue execute(WidgetConfig config) throws Exception {
            String username = config.get(USERNAME);
            return UpdateLists.from(bodhi.updates(username, "pending"), bodhi.updates(username, "testing"),
                    username, bodhi.webUrl());
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return UpdateMessageRule.concerns(message, config.get(USERNAME));
        }

        @Override
        public Hints hints(WidgetConfig config) {
            return new Hints(Set.of(UpdateMessageRule.CATEGORY), Set.of(config.get(USERNAME)));
        }
    };

    @Override
    public String name() {
        return "bodhi-updates";
    }

    @Override
    public String label() {
        return "Bodhi updates";
    }

    @Override
    public String description() {
        return "Your Bodhi updates: pending, in testing, and ready to go to stable.";
    }

    @Override
    public Column preferredColumn() {
        return Column.LEFT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.required(USERNAME, "Fedora account", ParameterType.USERNAME,
                "Whose updates to show: the Fedora account that submitted them.").fromHubSetting("username"));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(updates);
    }
}
