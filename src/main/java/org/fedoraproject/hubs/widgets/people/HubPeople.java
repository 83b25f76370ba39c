package org.fedoraproject.hubs.widgets.people;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.fedoraproject.hubs.hub.Hub;
import org.fedoraproject.hubs.hub.Membership;
import org.fedoraproject.hubs.hub.Role;

/**
 * The hub people widget's value: per role ({@code owners}, {@code members}, {@code subscribers},
 * {@code stargazers}) how many people hold it and the first {@link #MAX_LISTED} of them by name,
 * each with the Fedora avatar Fedora's applications show (Libravatar, keyed by the account's OpenID).
 */
final class HubPeople {

    /** People listed per role; a popular hub's subscribers are counted, not all sent to every page. */
    static final int MAX_LISTED = 100;

    private static final Map<Role, String> LISTS = new EnumMap<>(Map.of(
            Role.OWNER, "owners", Role.MEMBER, "members", Role.SUBSCRIBER, "subscribers", Role.STARGAZER, "stargazers"));

    private HubPeople() {
    }

    static JsonObject from(Hub hub, List<Membership> memberships) {
        JsonObjectBuilder value = JSON.createObjectBuilder()
                .add("hub", hub.name())
                .add("hub_type", hub.type().key());
        LISTS.forEach((role, list) -> {
            List<Membership> holders = memberships.stream()
                    .filter(m -> m.role() == role)
                    .sorted((a, b) -> a.username().compareToIgnoreCase(b.username()))
                    .toList();
            JsonArrayBuilder people = JSON.createArrayBuilder();
            holders.stream().limit(MAX_LISTED).forEach(m -> people.add(JSON.createObjectBuilder()
                    .add("name", m.username())
                    .add("since", m.since().toString())
                    .add("avatar", avatar(m.username()))));
            value.add(list, JSON.createObjectBuilder().add("count", holders.size()).add("people", people));
        });
        return value.build();
    }

    /** Libravatar's picture for the Fedora account, as Fedora's web applications show it. */
    static String avatar(String username) {
        String openId = "http://" + username + ".id.fedoraproject.org/";
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(openId.getBytes(StandardCharsets.UTF_8));
            return "https://seccdn.libravatar.org/avatar/" + HexFormat.of().formatHex(hash) + "?s=48&d=retro";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
