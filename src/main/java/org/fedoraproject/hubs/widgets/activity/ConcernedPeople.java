package org.fedoraproject.hubs.widgets.activity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.MessagePeople;

/**
 * Who a bus message concerns: whoever acted (the agent, the sender, the commenter) and whoever
 * owns what it is about (the update's submitter, the build's owner, the author). Read from
 * the fields each service uses for people (see {@link #BY_CATEGORY}), plus the names the envelope
 * gives ({@link MessagePeople#envelopeNames}: datagrepper's {@code usernames}, fedora-messaging's
 * {@code fedora_messaging_user_*} headers), which is how a meeting's attendees are known: meetbot
 * lists them as object keys.
 *
 * <p>Every name is a string leaf of the body or an envelope name, in the form
 * {@link MessagePeople#person} gives it, so the people a message concerns are always people it
 * <em>mentions</em>: a widget that hints its configured people keeps its promise.
 */
public final class ConcernedPeople {

    /**
     * Fields that name a person in most services' messages. A path's arrays are read element by
     * element; {@code *} stands for every member of an object.
     */
    private static final List<String> COMMON = List.of(
            "agent", "agent.username", "agent.name", "owner", "owner.name", "user", "user.username", "user.name",
            "username", "submitter", "submitter.name");

    /** The fields of each service (bus category) beyond {@link #COMMON}. */
    private static final Map<String, List<String>> BY_CATEGORY = Map.of(
            "bugzilla", List.of("bug.creator", "bug.reporter.login", "event.user.login", "event.who"),
            "bodhi", List.of("update.submitter", "update.submitter.name", "update.user.name", "comment.author",
                    "comment.user.name", "comment.update.user.name", "override.submitter.name"),
            "pagure", List.of("issue.user.name", "issue.assignee.name", "pullrequest.user.name",
                    "pullrequest.assignee.name", "authors.name", "commit.username", "commit.agent"),
            "fedbadges", List.of("person.nickname"),
            "meetbot", List.of("details.nick"),
            "github", List.of("sender.login", "pusher.name", "fas_usernames.*"),
            "git", List.of("commit.username", "commit.agent"),
            "trac", List.of("commit.username", "commit.agent"));

    private ConcernedPeople() {
    }

    /** The people {@code message} concerns, {@linkplain MessagePeople#person normalized}, in the order found. */
    public static Set<String> of(BusMessage message) {
        Set<String> people = new LinkedHashSet<>();
        for (String path : BY_CATEGORY.getOrDefault(message.category(), List.of())) {
            collect(message.body(), path.split("\\."), 0, people);
        }
        for (String path : COMMON) {
            collect(message.body(), path.split("\\."), 0, people);
        }
        for (String name : MessagePeople.envelopeNames(message)) {
            MessagePeople.person(name).ifPresent(people::add);
        }
        return people;
    }

    /** Whether {@code message} concerns one of {@code people} (normalized, as {@link #configured} gives them). */
    public static boolean concerns(BusMessage message, Collection<String> people) {
        if (people.isEmpty()) {
            return false;
        }
        for (String person : of(message)) {
            if (people.contains(person)) {
                return true;
            }
        }
        return false;
    }

    /** The people of a comma-separated parameter value, normalized, without repeats, in order. */
    public static Set<String> configured(String commaSeparated) {
        Set<String> people = new LinkedHashSet<>();
        if (commaSeparated != null) {
            for (String name : commaSeparated.split(",")) {
                MessagePeople.person(name).ifPresent(people::add);
            }
        }
        return people;
    }

    private static void collect(JsonValue value, String[] path, int next, Set<String> people) {
        if (value instanceof JsonArray elements) {
            elements.forEach(element -> collect(element, path, next, people));
        } else if (next == path.length) {
            if (value instanceof JsonString text) {
                MessagePeople.person(text.getString()).ifPresent(people::add);
            }
        } else if (value instanceof JsonObject object) {
            if (path[next].equals("*")) {
                object.values().forEach(member -> collect(member, path, next + 1, people));
            } else {
                JsonValue member = object.get(path[next]);
                if (member != null) {
                    collect(member, path, next + 1, people);
                }
            }
        }
    }
}
