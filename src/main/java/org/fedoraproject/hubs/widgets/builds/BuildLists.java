package org.fedoraproject.hubs.widgets.builds;

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
import java.util.List;
import java.util.Map;

/**
 * Turns Koji's and Copr's answers into the widget's two lists of builds, in one shape for the view:
 * {@code id}, {@code title} (the NVR, or Copr's package and version), {@code state} (the service's
 * own name), {@code outcome} (one word across both: {@code running}, {@code pending},
 * {@code succeeded}, {@code failed}, {@code canceled}, {@code deleted}, {@code skipped}),
 * {@code time} (when it ended, else started, else was submitted) and {@code url}.
 */
final class BuildLists {

    /** Builds shown per service: the newest. */
    static final int LIMIT = 10;

    /** Koji's build states, by number (koji.BUILD_STATES). */
    static final List<String> KOJI_STATES = List.of("building", "complete", "deleted", "failed", "canceled");

    private static final Map<String, String> KOJI_OUTCOMES = Map.of(
            "building", "running", "complete", "succeeded", "deleted", "deleted", "failed", "failed",
            "canceled", "canceled");

    /** Copr's build states (copr_common StatusEnum names), as its API v3 spells them. */
    private static final Map<String, String> COPR_OUTCOMES = Map.ofEntries(
            Map.entry("importing", "running"), Map.entry("starting", "running"), Map.entry("running", "running"),
            Map.entry("pending", "pending"), Map.entry("waiting", "pending"),
            Map.entry("succeeded", "succeeded"), Map.entry("forked", "succeeded"),
            Map.entry("failed", "failed"), Map.entry("canceled", "canceled"), Map.entry("skipped", "skipped"));

    private BuildLists() {
    }

    /** Koji's {@code listBuilds} answer: structs with {@code build_id}, {@code nvr}, {@code state}, {@code *_ts}... */
    static JsonObject koji(List<?> answer, String username, String kojiWebUrl) throws IOException {
        JsonArrayBuilder builds = JSON.createArrayBuilder();
        for (Object value : answer.stream().limit(LIMIT).toList()) {
            if (!(value instanceof Map<?, ?> build) || !(build.get("build_id") instanceof Long id)) {
                throw new IOException("Koji answered a build without a build_id");
            }
            String state = build.get("state") instanceof Long number && number >= 0 && number < KOJI_STATES.size()
                    ? KOJI_STATES.get(number.intValue()) : "unknown";
            builds.add(entry(id, kojiNvr(build), state, KOJI_OUTCOMES.getOrDefault(state, "unknown"),
                    firstTime(build.get("completion_ts"), build.get("start_ts"), build.get("creation_ts")),
                    kojiWebUrl + "/buildinfo?buildID=" + id));
        }
        return JSON.createObjectBuilder()
                .add("username", username)
                .add("url", kojiWebUrl + "/userinfo?userID=" + encode(username))
                .add("builds", builds)
                .build();
    }

    /** Copr's {@code build/list} answer: {@code {"items": [{"id", "state", "source_package", "ended_on"...}]}}. */
    static JsonObject copr(JsonObject answer, String owner, String project, String coprWebUrl) throws IOException {
        if (!(answer.get("items") instanceof JsonArray items)) {
            throw new IOException("Copr answered without an 'items' list");
        }
        String projectUrl = coprWebUrl + "/coprs/" + encode(owner) + "/" + encode(project);
        JsonArrayBuilder builds = JSON.createArrayBuilder();
        for (JsonValue value : items.stream().limit(LIMIT).toList()) {
            if (!(value instanceof JsonObject build) || !(build.get("id") instanceof JsonNumber id)) {
                throw new IOException("Copr answered a build without an id");
            }
            String state = build.getString("state", "unknown");
            builds.add(entry(id.longValue(), coprTitle(build), state, COPR_OUTCOMES.getOrDefault(state, "unknown"),
                    firstTime(seconds(build.get("ended_on")), seconds(build.get("started_on")),
                            seconds(build.get("submitted_on"))),
                    projectUrl + "/build/" + id.longValue() + "/"));
        }
        return JSON.createObjectBuilder()
                .add("username", owner)
                .add("project", project)
                .add("url", projectUrl + "/builds/")
                .add("builds", builds)
                .build();
    }

    /** The Copr list of a widget configured without a project: Copr lists builds per project only. */
    static JsonObject noCoprProject(String owner) {
        return JSON.createObjectBuilder()
                .add("username", owner)
                .add("project", "")
                .add("url", "")
                .add("builds", JsonValue.EMPTY_JSON_ARRAY)
                .build();
    }

    private static JsonObject entry(long id, String title, String state, String outcome, String time, String url) {
        return JSON.createObjectBuilder()
                .add("id", id)
                .add("title", title)
                .add("state", state)
                .add("outcome", outcome)
                .add("time", time)
                .add("url", url)
                .build();
    }

    private static String kojiNvr(Map<?, ?> build) {
        if (build.get("nvr") instanceof String nvr) {
            return nvr;
        }
        return build.get("name") + "-" + build.get("version") + "-" + build.get("release");
    }

    private static String coprTitle(JsonObject build) {
        if (build.get("source_package") instanceof JsonObject source && source.get("name") instanceof JsonString name) {
            return source.get("version") instanceof JsonString version
                    ? name.getString() + " " + version.getString() : name.getString();
        }
        return "build " + build.getJsonNumber("id").longValue();
    }

    private static Double seconds(JsonValue value) {
        return value instanceof JsonNumber number ? number.doubleValue() : null;
    }

    /** The first of these times (seconds since the epoch) that is known, as an ISO-8601 instant; empty if none. */
    private static String firstTime(Object... candidates) {
        for (Object candidate : candidates) {
            if (candidate instanceof Number seconds) {
                return Instant.ofEpochMilli(Math.round(seconds.doubleValue() * 1000)).toString();
            }
        }
        return "";
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
