package org.fedoraproject.hubs.widgets.badges;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.MessagePeople;

/**
 * Whether a fedbadges message changes a person's badges page: a badge awarded to them
 * ({@code fedbadges.badge.award}, the person in {@code user.username}) or their rank advancing
 * ({@code fedbadges.person.rank.advance}, the person in {@code person.nickname}). Other fedbadges
 * messages (a first login) change neither the badges nor the rank.
 */
final class BadgeMessageRule {

    static final String CATEGORY = "fedbadges";
    static final Set<String> SUBJECTS = Set.of("fedbadges.badge.award", "fedbadges.person.rank.advance");

    private BadgeMessageRule() {
    }

    static boolean concerns(BusMessage message, String username) {
        if (!message.category().equals(CATEGORY) || !SUBJECTS.contains(message.subject())) {
            return false;
        }
        return person(message.body())
                .filter(person -> MessagePeople.normalize(person).equals(MessagePeople.normalize(username)))
                .isPresent();
    }

    /** Who the message is about: {@code user.username}, else {@code person.nickname}. */
    static Optional<String> person(JsonObject body) {
        return field(body, "user", "username").or(() -> field(body, "person", "nickname"));
    }

    private static Optional<String> field(JsonObject body, String object, String name) {
        return body.get(object) instanceof JsonObject fields && fields.get(name) instanceof JsonString text
                && !text.getString().isBlank() ? Optional.of(text.getString()) : Optional.empty();
    }
}
