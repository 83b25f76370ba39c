package org.fedoraproject.hubs.widgets.bodhi;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.MessagePeople;

/**
 * Whether a Bodhi message is about an update a given person submitted: any {@code bodhi.update.*}
 * (requests, pushes, edits, karma thresholds, comments) whose update's submitter is that person, not
 * whoever acted on it. Reads the shapes Bodhi's messages had over the years: the submitter as
 * {@code update.submitter} (a name, or an object with a {@code name}) or as {@code update.user.name},
 * and for comments the commented update's {@code comment.update} or the older
 * {@code comment.update_submitter}. A message that does not say whose update it is concerns no one.
 */
final class UpdateMessageRule {

    static final String CATEGORY = "bodhi";
    static final String SUBJECT_PREFIX = "bodhi.update.";

    private UpdateMessageRule() {
    }

    static boolean concerns(BusMessage message, String username) {
        if (!message.category().equals(CATEGORY) || !message.subject().startsWith(SUBJECT_PREFIX)) {
            return false;
        }
        return submitter(message.body())
                .filter(submitter -> MessagePeople.normalize(submitter).equals(MessagePeople.normalize(username)))
                .isPresent();
    }

    /** Who submitted the update the message is about, in whichever shape the message has. */
    static Optional<String> submitter(JsonObject body) {
        if (body.get("update") instanceof JsonObject update) {
            return submitterOf(update);
        }
        if (body.get("comment") instanceof JsonObject comment) {
            return comment.get("update") instanceof JsonObject update
                    ? submitterOf(update) : name(comment.get("update_submitter"));
        }
        return Optional.empty();
    }

    private static Optional<String> submitterOf(JsonObject update) {
        return name(update.get("submitter")).or(() -> name(update.get("user")));
    }

    /** A person given as a plain name or as an object with a {@code name}. */
    private static Optional<String> name(JsonValue value) {
        JsonValue name = value instanceof JsonObject person ? person.get("name") : value;
        return name instanceof JsonString text && !text.getString().isBlank()
                ? Optional.of(text.getString()) : Optional.empty();
    }
}
