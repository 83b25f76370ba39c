package org.fedoraproject.hubs.widgets.pagure;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;

/**
 * Turns Pagure's answers ({@code {"issues": [...], "total_issues": n}} and
 * {@code {"requests": [...], "total_requests": n}}) into the widget's lists: one entry per issue
 * or pull request with its link, author, dates as ISO instants (Pagure sends Unix seconds as
 * text), assignee, tags and number of comments.
 */
final class PagureLists {

    private PagureLists() {
    }

    /**
     * @throws IllegalArgumentException when the answer does not have Pagure's shape
     */
    static JsonObject issues(JsonObject answer, PagureProject project, String pagureUrl) {
        return list(answer, "issues", "total_issues", project, pagureUrl + "/" + project.fullName(), "issue");
    }

    /**
     * @throws IllegalArgumentException when the answer does not have Pagure's shape
     */
    static JsonObject pullRequests(JsonObject answer, PagureProject project, String pagureUrl) {
        return list(answer, "requests", "total_requests", project, pagureUrl + "/" + project.fullName(), "pull-request");
    }

    private static JsonObject list(JsonObject answer, String listKey, String totalKey, PagureProject project,
                                   String projectUrl, String itemPath) {
        if (!(answer.get(listKey) instanceof JsonArray items)) {
            throw new IllegalArgumentException("Pagure answer has no '" + listKey + "' list");
        }
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        for (JsonValue item : items) {
            if (!(item instanceof JsonObject fields) || !(fields.get("id") instanceof JsonNumber id)) {
                throw new IllegalArgumentException("Pagure answer has an entry of '" + listKey + "' without an id");
            }
            entries.add(entry(fields, id.longValue(), projectUrl + "/" + itemPath + "/" + id.longValue()));
        }
        JsonArray built = entries.build();
        return JSON.createObjectBuilder()
                .add("project", project.fullName())
                .add("url", projectUrl)
                .add("total", answer.get(totalKey) instanceof JsonNumber total ? total.longValue() : built.size())
                .add("items", built)
                .build();
    }

    private static JsonObject entry(JsonObject item, long id, String url) {
        return JSON.createObjectBuilder()
                .add("id", id)
                .add("title", item.getString("title", ""))
                .add("url", url)
                .add("author", userName(item.get("user")))
                .add("assignee", userName(item.get("assignee")))
                .add("created", instant(item.get("date_created")))
                // pull requests had only "updated_on" before Pagure added "last_updated"
                .add("updated", instant(item.containsKey("last_updated") ? item.get("last_updated") : item.get("updated_on")))
                .add("comments", item.get("comments") instanceof JsonArray comments ? comments.size() : 0)
                .add("tags", tags(item.get("tags")))
                .build();
    }

    private static String userName(JsonValue user) {
        return user instanceof JsonObject fields ? fields.getString("name", "") : "";
    }

    private static JsonArray tags(JsonValue tags) {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        if (tags instanceof JsonArray list) {
            list.stream().filter(JsonString.class::isInstance).map(tag -> ((JsonString) tag).getString()).forEach(names::add);
        }
        return names.build();
    }

    /** Pagure's dates are Unix seconds as text ({@code "1458305857"}); anything else is no date. */
    private static String instant(JsonValue seconds) {
        if (seconds instanceof JsonString text && text.getString().matches("[0-9]{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(text.getString())).toString();
        }
        return "";
    }
}
