package org.fedoraproject.hubs.widgets.reviews;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.fedoraproject.hubs.bus.BusMessage;

/**
 * Whether a bus message is about a Package Review request reported by a given person. Reads the
 * three shapes Bugzilla messages had over the years: product and component as strings or as
 * {@code {id, name}} objects, the reporter as {@code creator} (an e-mail) or {@code reporter.login}.
 */
final class ReviewMessageRule {

    static final String PRODUCT = "Fedora";
    static final String COMPONENT = "Package Review";

    private ReviewMessageRule() {
    }

    static boolean concerns(BusMessage message, String reporterEmail) {
        if (!message.category().equals("bugzilla") || !message.subject().startsWith("bugzilla.bug.")) {
            return false;
        }
        JsonValue bug = message.body().get("bug");
        if (!(bug instanceof JsonObject fields)) {
            return false;
        }
        return name(fields.get("product")).filter(PRODUCT::equals).isPresent()
                && name(fields.get("component")).filter(COMPONENT::equals).isPresent()
                && reporter(fields).filter(reporterEmail::equalsIgnoreCase).isPresent();
    }

    /** The e-mail of who reported the bug: {@code creator}, else {@code reporter.login}. */
    static Optional<String> reporter(JsonObject bug) {
        return text(bug.get("creator")).or(() -> bug.get("reporter") instanceof JsonObject reporter
                ? text(reporter.get("login")) : Optional.empty());
    }

    /** A field that is either a plain string or an object with a {@code name}. */
    private static Optional<String> name(JsonValue value) {
        return value instanceof JsonObject object ? text(object.get("name")) : text(value);
    }

    private static Optional<String> text(JsonValue value) {
        return value instanceof JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString().strip()) : Optional.empty();
    }
}
