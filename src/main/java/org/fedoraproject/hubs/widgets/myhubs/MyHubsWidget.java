package org.fedoraproject.hubs.widgets.myhubs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.MembershipChanged;
import org.fedoraproject.hubs.hub.MembershipService;
import org.fedoraproject.hubs.hub.MembershipService.HeldHub;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.ParameterType;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widgets.membership.MembershipListing;

/** The my-hubs widget: links to the hubs a user owns, belongs to, subscribes to and starred. */
@ApplicationScoped
public class MyHubsWidget implements MembershipListing {

    static final String USERNAME = "username";
    /** Memberships read at most: more than anyone follows, and a bound on the value every page receives. */
    static final int MAX_HUBS = 400;

    @Inject
    MembershipService memberships;

    private final CachedFunction hubs = new CachedFunction() {
        @Override
        public String id() {
            return "hubs";
        }

        @Override
        public JsonValue execute(WidgetConfig config) {
            String username = config.get(USERNAME);
            List<HeldHub> held = memberships.hubsOf(username, MAX_HUBS + 1);
            return MyHubLists.from(username, held.subList(0, Math.min(held.size(), MAX_HUBS)), held.size() > MAX_HUBS);
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return false; // Hubs' own data: membership changes rebuild it (MembershipRebuilds)
        }

        @Override
        public Hints hints(WidgetConfig config) {
            return Hints.NO_BUS_MESSAGE;
        }
    };

    @Override
    public String name() {
        return "my-hubs";
    }

    @Override
    public String label() {
        return "My hubs";
    }

    @Override
    public String description() {
        return "Links to the hubs you own, belong to, subscribe to and starred.";
    }

    @Override
    public Column preferredColumn() {
        return Column.RIGHT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.required(USERNAME, "Fedora account", ParameterType.USERNAME,
                "Whose hubs to list; the hub's user on a user hub.").fromHubSetting("username"));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(hubs);
    }

    @Override
    public boolean concerns(MembershipChanged change, WidgetConfig config) {
        return change.username().equals(config.get(USERNAME));
    }
}
