package org.fedoraproject.hubs.widgets.reviews;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Bugzilla answer ({@code {"bugs": [...]}}) into the widget's three lists by the
 * {@code fedora-review} flag: unset = waiting for a reviewer, {@code ?} or {@code -} = under
 * review (a {@code -} means "needs work", the review goes on), {@code +} = approved.
 */
final class ReviewLists {

    private static final Pattern SUMMARY = Pattern.compile("Review Request:\\s*(\\S+?)\\s*(?:\\s-\\s|:)\\s*(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private ReviewLists() {
    }

    /**
     * @throws IllegalArgumentException when the answer does not have Bugzilla's shape
     */
    static JsonObject from(JsonObject answer, String email, String bugzillaUrl) {
        if (!(answer.get("bugs") instanceof jakarta.json.JsonArray bugs)) {
            throw new IllegalArgumentException("Bugzilla answer has no 'bugs' list");
        }
        List<JsonObject> sorted = new ArrayList<>();
        for (JsonValue bug : bugs) {
            if (!(bug instanceof JsonObject fields) || !(fields.get("id") instanceof jakarta.json.JsonNumber)) {
                throw new IllegalArgumentException("Bugzilla answer has a bug without an id");
            }
            sorted.add(fields);
        }
        sorted.sort(Comparator.comparing((JsonObject bug) -> bug.getString("last_change_time", "")).reversed());

        JsonArrayBuilder waiting = JSON.createArrayBuilder();
        JsonArrayBuilder underReview = JSON.createArrayBuilder();
        JsonArrayBuilder approved = JSON.createArrayBuilder();
        for (JsonObject bug : sorted) {
            JsonObject entry = entry(bug, bugzillaUrl);
            switch (reviewFlag(bug)) {
                case "+" -> approved.add(entry);
                case "?", "-" -> underReview.add(entry);
                default -> waiting.add(entry);
            }
        }
        return JSON.createObjectBuilder()
                .add("email", email)
                .add("waiting", waiting)
                .add("under_review", underReview)
                .add("approved", approved)
                .build();
    }

    private static String reviewFlag(JsonObject bug) {
        if (bug.get("flags") instanceof jakarta.json.JsonArray flags) {
            for (JsonValue flag : flags) {
                if (flag instanceof JsonObject f && "fedora-review".equals(f.getString("name", null))) {
                    return f.getString("status", "");
                }
            }
        }
        return "";
    }

    private static JsonObject entry(JsonObject bug, String bugzillaUrl) {
        long id = bug.getJsonNumber("id").longValue();
        String summary = bug.getString("summary", "");
        Matcher request = SUMMARY.matcher(summary);
        boolean isRequest = request.matches();
        return JSON.createObjectBuilder()
                .add("id", id)
                .add("package", isRequest ? request.group(1) : "")
                .add("summary", isRequest ? request.group(2).strip() : summary)
                .add("status", bug.getString("status", ""))
                .add("assignee", bug.getString("assigned_to", ""))
                .add("url", bugzillaUrl + "/show_bug.cgi?id=" + id)
                .add("last_change", bug.getString("last_change_time", ""))
                .build();
    }
}
