package org.fedoraproject.hubs.widgets.activity;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.fedoraproject.hubs.bus.BusMessage;

/**
 * One line of a widget's activity: which message ({@code key}, its {@link BusMessage#dedupeKey()}),
 * when it was sent, and its {@link Summary}.
 */
public record ActivityItem(String key, Instant sentAt, String summary, String link) {

    /** The item of {@code message}; a message that does not say when it was sent counts as sent {@code otherwise}. */
    public static ActivityItem of(BusMessage message, Instant otherwise) {
        Summary summary = Summaries.of(message);
        return new ActivityItem(message.dedupeKey(), message.sentAt().orElse(otherwise), summary.text(), summary.link());
    }

    JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("key", key)
                .add("sent_at", sentAt.toString())
                .add("summary", summary);
        if (link != null) {
            json.add("link", link);
        }
        return json.build();
    }
}
