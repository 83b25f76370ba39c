package org.fedoraproject.hubs.widgets.myhubs;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fedoraproject.hubs.hub.HubType;
import org.fedoraproject.hubs.hub.MembershipService.HeldHub;
import org.fedoraproject.hubs.hub.Role;

/**
 * The my-hubs widget's value: the user's hubs in four lists, {@code owned}, {@code joined} (member),
 * {@code subscribed} and {@code starred}, each hub with its name, type and page. Private
 * streams have no page and are left out.
 */
final class MyHubLists {

    private static final Map<Role, String> LISTS = new EnumMap<>(Map.of(
            Role.OWNER, "owned", Role.MEMBER, "joined", Role.SUBSCRIBER, "subscribed", Role.STARGAZER, "starred"));

    private MyHubLists() {
    }

    /** @param truncated whether the query stopped at its limit: the view says the lists are not complete */
    static JsonObject from(String username, List<HeldHub> held, boolean truncated) {
        JsonObjectBuilder value = JSON.createObjectBuilder().add("username", username);
        LISTS.forEach((role, list) -> {
            JsonArrayBuilder hubs = JSON.createArrayBuilder();
            held.stream()
                    .filter(h -> h.role() == role && h.type() != HubType.STREAM)
                    .forEach(h -> hubs.add(JSON.createObjectBuilder()
                            .add("name", h.hub())
                            .add("type", h.type().key())
                            .add("url", page(h.hub(), h.type()))));
            value.add(list, hubs);
        });
        return value.add("truncated", truncated).build();
    }

    /** The hub's page: {@code /u/<name>/} for a user's hub, {@code /t/<name>/} for a team's. */
    static String page(String name, HubType type) {
        return (type == HubType.USER ? "/u/" : "/t/") + name + "/";
    }
}
