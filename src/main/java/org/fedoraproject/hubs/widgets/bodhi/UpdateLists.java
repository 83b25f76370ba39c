package org.fedoraproject.hubs.widgets.bodhi;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns Bodhi's answers for a person's pending and testing updates into the widget's three lists:
 * pending, in testing, and ready for stable. An update is ready for stable when Bodhi says it
 * {@code meets_testing_requirements} (karma or time in testing, and gating); answers of Bodhi
 * versions without that field fall back to its karma reaching {@code stable_karma}.
 */
final class UpdateLists {

    private UpdateLists() {
    }

    static JsonObject from(JsonObject pending, JsonObject testing, String username, String bodhiUrl) throws IOException {
        JsonArrayBuilder inTesting = JSON.createArrayBuilder();
        JsonArrayBuilder ready = JSON.createArrayBuilder();
        for (JsonObject update : updates(testing)) {
            (readyForStable(update) ? ready : inTesting).add(entry(update, bodhiUrl));
        }
        JsonArrayBuilder waiting = JSON.createArrayBuilder();
        updates(pending).forEach(update -> waiting.add(entry(update, bodhiUrl)));
        return JSON.createObjectBuilder()
                .add("username", username)
                .add("url", bodhiUrl + "/users/" + username)
                .add("pending", waiting)
                .add("testing", inTesting)
                .add("ready_for_stable", ready)
                .build();
    }

    static boolean readyForStable(JsonObject update) {
        JsonValue meets = update.get("meets_testing_requirements");
        if (meets == JsonValue.TRUE || meets == JsonValue.FALSE) {
            return meets == JsonValue.TRUE;
        }
        long stableKarma = number(update, "stable_karma");
        return stableKarma > 0 && number(update, "karma") >= stableKarma;
    }

    /** The answer's updates, the most recently submitted first. */
    private static List<JsonObject> updates(JsonObject answer) throws IOException {
        if (!(answer.get("updates") instanceof JsonArray updates)) {
            throw new IOException("Bodhi answered without an 'updates' list");
        }
        List<JsonObject> sorted = new ArrayList<>();
        for (JsonValue update : updates) {
            if (!(update instanceof JsonObject fields) || !(fields.get("title") instanceof JsonString)) {
                throw new IOException("Bodhi answered an update without a title");
            }
            sorted.add(fields);
        }
        sorted.sort(Comparator.comparing((JsonObject update) -> submitted(update)).reversed());
        return sorted;
    }

    private static JsonObject entry(JsonObject update, String bodhiUrl) {
        String alias = update.get("alias") instanceof JsonString a ? a.getString() : "";
        String displayName = update.getString("display_name", "");
        Instant submitted = submitted(update);
        String url = update.get("url") instanceof JsonString u && u.getString().startsWith("http")
                ? u.getString() : bodhiUrl + "/updates/" + (alias.isEmpty() ? update.getString("title") : alias);
        return JSON.createObjectBuilder()
                .add("alias", alias)
                .add("title", displayName.isBlank() ? update.getString("title") : displayName)
                .add("url", url)
                .add("status", update.getString("status", ""))
                .add("request", update.get("request") instanceof JsonString r ? r.getString() : "")
                .add("type", update.getString("type", ""))
                .add("release", release(update))
                .add("karma", number(update, "karma"))
                .add("stable_karma", number(update, "stable_karma"))
                .add("submitted", submitted.equals(Instant.MIN) ? "" : submitted.toString())
                .build();
    }

    private static String release(JsonObject update) {
        return update.get("release") instanceof JsonObject release
                ? release.getString("long_name", release.getString("name", "")) : "";
    }

    private static long number(JsonObject update, String key) {
        return update.get(key) instanceof JsonNumber number ? number.longValue() : 0;
    }

    /**
     * When the update was submitted: Bodhi 2+ writes UTC as {@code 2019-05-28 16:53:22}, Bodhi 1 wrote
     * seconds since the epoch. {@link Instant#MIN} when absent or unreadable, so such updates sort last.
     */
    private static Instant submitted(JsonObject update) {
        JsonValue value = update.get("date_submitted");
        if (value instanceof JsonNumber seconds) {
            return Instant.ofEpochMilli(Math.round(seconds.doubleValue() * 1000));
        }
        if (value instanceof JsonString text) {
            try {
                return LocalDateTime.parse(text.getString().strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return Instant.MIN;
            }
        }
        return Instant.MIN;
    }
}
