package org.fedoraproject.hubs.widgets.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.Hub;
import org.fedoraproject.hubs.hub.HubService;
import org.fedoraproject.hubs.hub.MembershipChanged;
import org.fedoraproject.hubs.hub.MembershipService;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.ParameterType;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widgets.membership.MembershipListing;

/**
 * The hub people widget: who owns, belongs to, subscribes to and starred a hub, with buttons for
 * the signed-in user to join, leave, subscribe and star. Rebuilt when the hub's memberships change.
 */
@ApplicationScoped
public class HubPeopleWidget implements MembershipListing {

    static final String HUB = "hub";

    @Inject
    HubService hubs;

    @Inject
    MembershipService memberships;

    private final CachedFunction people = new CachedFunction() {
        @Override
        public String id() {
            return "people";
        }

        @Override
        public JsonValue execute(WidgetConfig config) throws IOException {
            String name = config.get(HUB);
            Hub hub = hubs.find(name).orElseThrow(() -> new IOException("There is no hub named '" + name + "'"));
            return HubPeople.from(hub, memberships.memberships(name));
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
        return "hub-people";
    }

    @Override
    public String label() {
        return "People";
    }

    @Override
    public String description() {
        return "The hub's owners, members, subscribers and stargazers; join, subscribe or star it from here.";
    }

    @Override
    public Column preferredColumn() {
        return Column.RIGHT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.required(HUB, "Hub", ParameterType.TEXT,
                "The hub whose people are listed; this hub when left empty.").fromHubSetting("hub"));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(people);
    }

    @Override
    public boolean concerns(MembershipChanged change, WidgetConfig config) {
        return change.hub().equals(config.get(HUB));
    }
}
