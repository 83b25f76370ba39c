package org.fedoraproject.hubs.widgets.builds;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.MessagePeople;

/**
 * Which build messages change which list. Koji: a {@code buildsys.build.state.change} of a build the
 * person owns ({@code owner}) on the primary Koji, the one the widget asks (the secondary
 * architectures' hubs send {@code instance: s390}...). Copr: a {@code copr.build.*} (start, end) in
 * the configured project ({@code copr}) of the person: its {@code owner}, or, in the oldest messages
 * that have no owner, the {@code user} who built.
 */
final class BuildMessageRule {

    static final String KOJI_CATEGORY = "buildsys";
    static final String COPR_CATEGORY = "copr";
    private static final String KOJI_INSTANCE = "primary";

    private BuildMessageRule() {
    }

    static boolean changesKojiBuilds(BusMessage message, String username) {
        if (!message.category().equals(KOJI_CATEGORY) || !message.subject().equals("buildsys.build.state.change")) {
            return false;
        }
        JsonObject body = message.body();
        boolean primary = text(body.get("instance")).map(KOJI_INSTANCE::equals).orElse(true);
        return primary && text(body.get("owner")).filter(owner -> samePerson(owner, username)).isPresent();
    }

    static boolean changesCoprBuilds(BusMessage message, String username, String project) {
        if (project == null || !message.category().equals(COPR_CATEGORY) || !message.subject().startsWith("copr.build.")) {
            return false;
        }
        JsonObject body = message.body();
        return text(body.get("copr")).filter(project::equals).isPresent()
                && text(body.get("owner")).or(() -> text(body.get("user")))
                        .filter(owner -> samePerson(owner, username)).isPresent();
    }

    private static boolean samePerson(String name, String username) {
        return MessagePeople.normalize(name).equals(MessagePeople.normalize(username));
    }

    private static Optional<String> text(JsonValue value) {
        return value instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString()) : Optional.empty();
    }
}
