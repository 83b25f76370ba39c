package org.fedoraproject.hubs.widgets.badges;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns Tahrir's answer for a person ({@code {"user", "percent_earned", "rank", "assertions": [{"id",
 * "name", "description", "image", "issued"...}]}}, {@code issued} in seconds since the epoch) into the
 * widget's value: the badges newest first, the count, the rank and the links to the pages.
 */
final class BadgeList {

    /** Long-time contributors have hundreds of badges: the widget shows the newest ones and the count. */
    static final int MAX_SHOWN = 60;

    private BadgeList() {
    }

    static JsonObject from(JsonObject answer, String username, String webUrl) throws IOException {
        if (!(answer.get("assertions") instanceof JsonArray assertions)) {
            throw new IOException("Fedora Badges answered for " + username + " without an 'assertions' list");
        }
        List<JsonObject> badges = new ArrayList<>();
        for (JsonValue assertion : assertions) {
            if (!(assertion instanceof JsonObject badge) || !(badge.get("id") instanceof JsonString)) {
                throw new IOException("Fedora Badges answered for " + username + " a badge without an id");
            }
            badges.add(badge);
        }
        badges.sort(Comparator.comparingDouble(BadgeList::issued).reversed());

        JsonArrayBuilder shown = JSON.createArrayBuilder();
        badges.stream().limit(MAX_SHOWN).forEach(badge -> shown.add(entry(badge, webUrl)));
        return JSON.createObjectBuilder()
                .add("username", answer.getString("user", username))
                .add("count", badges.size())
                .add("percent_earned", number(answer, "percent_earned"))
                .add("rank", (long) number(answer, "rank"))
                .add("user_count", (long) number(answer, "user_count"))
                .add("profile_url", webUrl + "/user/" + path(answer.getString("user", username)))
                .add("badges", shown)
                .build();
    }

    private static JsonObject entry(JsonObject badge, String webUrl) {
        String id = badge.getString("id");
        double issued = issued(badge);
        return JSON.createObjectBuilder()
                .add("id", id)
                .add("name", badge.getString("name", id))
                .add("description", badge.getString("description", ""))
                .add("image", badge.getString("image", ""))
                .add("issued", issued > 0 ? Instant.ofEpochMilli(Math.round(issued * 1000)).toString() : "")
                .add("url", webUrl + "/badge/" + path(id))
                .build();
    }

    private static double issued(JsonObject badge) {
        return number(badge, "issued");
    }

    /** A number field; Tahrir writes some as strings ({@code percentile}) and leaves some out. */
    private static double number(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value instanceof JsonNumber number) {
            return number.doubleValue();
        }
        if (value instanceof JsonString text) {
            try {
                return Double.parseDouble(text.getString());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** Badge ids and names may hold characters such as {@code !} or spaces: encoded as one path segment. */
    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
