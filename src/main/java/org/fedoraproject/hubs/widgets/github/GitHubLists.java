package org.fedoraproject.hubs.widgets.github;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Splits GitHub's list of open issues into issues and pull requests (an item with a
 * {@code pull_request} key is a pull request), one entry each with its number, link, author,
 * dates, labels, assignee and number of comments.
 */
final class GitHubLists {

    private GitHubLists() {
    }

    /**
     * @throws IllegalArgumentException when the answer does not have GitHub's shape
     */
    static JsonObject from(JsonArray answer, GitHubRepository repository, String webUrl) {
        JsonArrayBuilder issues = JSON.createArrayBuilder();
        JsonArrayBuilder pullRequests = JSON.createArrayBuilder();
        for (JsonValue item : answer) {
            if (!(item instanceof JsonObject fields) || !(fields.get("number") instanceof JsonNumber number)) {
                throw new IllegalArgumentException("GitHub answer has an issue without a number");
            }
            JsonObject entry = entry(fields, number.longValue());
            if (fields.containsKey("pull_request")) {
                pullRequests.add(entry);
            } else {
                issues.add(entry);
            }
        }
        return JSON.createObjectBuilder()
                .add("repository", repository.fullName())
                .add("url", webUrl + "/" + repository.fullName())
                .add("issues", issues)
                .add("pull_requests", pullRequests)
                .build();
    }

    private static JsonObject entry(JsonObject item, long number) {
        return JSON.createObjectBuilder()
                .add("number", number)
                .add("title", item.getString("title", ""))
                .add("url", item.getString("html_url", ""))
                .add("author", login(item.get("user")))
                .add("assignee", login(item.get("assignee")))
                .add("created", item.getString("created_at", ""))
                .add("updated", item.getString("updated_at", ""))
                .add("comments", item.get("comments") instanceof JsonNumber comments ? comments.longValue() : 0)
                .add("labels", labels(item.get("labels")))
                .build();
    }

    private static String login(JsonValue user) {
        return user instanceof JsonObject fields ? fields.getString("login", "") : "";
    }

    private static JsonArray labels(JsonValue labels) {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        if (labels instanceof JsonArray list) {
            list.stream().filter(JsonObject.class::isInstance)
                    .map(label -> label.asJsonObject().getString("name", ""))
                    .filter(name -> !name.isEmpty())
                    .forEach(names::add);
        }
        return names.build();
    }
}
