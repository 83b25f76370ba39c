package org.fedoraproject.hubs.hub.web;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.fedoraproject.hubs.hub.Role;
import org.fedoraproject.hubs.hub.Membership;
import org.fedoraproject.hubs.hub.Hub;

/** The JSON shapes of hubs and memberships in the REST API. */
final class HubViews {

    private HubViews() {
    }

    /** Name, type and settings: what a list of hubs shows of each. */
    static JsonObjectBuilder summary(Hub hub) {
        JsonObjectBuilder settings = JSON.createObjectBuilder();
        hub.settings().forEach(settings::add);
        return JSON.createObjectBuilder()
                .add("name", hub.name())
                .add("type", hub.type().key())
                .add("settings", settings);
    }

    /** The people of a hub, by role: {@code {"owner": [...], "member": [...], ...}}, every role present. */
    static JsonObjectBuilder people(List<Membership> memberships) {
        JsonObjectBuilder people = JSON.createObjectBuilder();
        for (Role role : Role.values()) {
            JsonArrayBuilder names = JSON.createArrayBuilder();
            memberships.stream().filter(m -> m.role() == role).forEach(m -> names.add(m.username()));
            people.add(role.key(), names);
        }
        return people;
    }

    static JsonObject membership(Membership membership) {
        return JSON.createObjectBuilder()
                .add("hub", membership.hubName())
                .add("user", membership.username())
                .add("role", membership.role().key())
                .add("since", membership.since().toString())
                .build();
    }
}
