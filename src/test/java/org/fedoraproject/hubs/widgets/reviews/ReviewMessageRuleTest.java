package org.fedoraproject.hubs.widgets.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.InvalidMessageException;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.WidgetConfig;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reviews widget's invalidation rule against every Bugzilla message of the corpus (all three
 * historical payload shapes), with the expectation taken from the corpus index, not from the rule.
 */
class ReviewMessageRuleTest {

    private final CachedFunction reviews = new PackageReviewsWidget().function("reviews");

    static Stream<Map<String, String>> bugzillaMessages() {
        return Fixtures.index().stream().filter(row -> row.get("family").equals("bugzilla"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bugzillaMessages")
    void invalidatesExactlyForThePackageReviewRequestsOfTheirReporter(Map<String, String> row) throws Exception {
        BusMessage message;
        try {
            message = BusMessage.parse(Fixtures.message(row.get("file")));
        } catch (InvalidMessageException e) {
            // Internal-bus inputs of the Bugzilla bridge are not bus messages: ingest rejects them.
            assertThat(row.get("topic")).startsWith("/topic/VirtualTopic.");
            return;
        }
        boolean packageReview = row.get("bz_product").equals("Fedora") && row.get("bz_component").equals("Package Review")
                && message.subject().startsWith("bugzilla.bug.");
        String reporter = row.get("bz_creator");

        if (!reporter.isEmpty()) {
            assertThat(reviews.shouldInvalidate(message, config(reporter))).isEqualTo(packageReview);
            assertThat(reviews.shouldInvalidate(message, config(reporter.toUpperCase()))).isEqualTo(packageReview);
        }
        assertThat(reviews.shouldInvalidate(message, config("someone.else@example.org"))).isFalse();
        if (!row.get("bz_event_user").isEmpty() && !row.get("bz_event_user").equalsIgnoreCase(reporter)) {
            // Who acted on the bug (a reviewer) is not whose review request it is.
            assertThat(reviews.shouldInvalidate(message, config(row.get("bz_event_user")))).isFalse();
        }
    }

    @Test
    void theCorpusCoversAllThreeShapesOfPackageReviewMessages() {
        long positives = bugzillaMessages()
                .filter(row -> row.get("bz_component").equals("Package Review") && !row.get("topic").startsWith("/"))
                .count();
        assertThat(positives).isGreaterThanOrEqualTo(15);
    }

    @Test
    void readsTheReporterFromAReporterObjectWhenCreatorIsNull() throws Exception {
        String envelope = Json.createObjectBuilder()
                .add("topic", "org.fedoraproject.prod.bugzilla.bug.update")
                .add("msg", Json.createObjectBuilder().add("bug", Json.createObjectBuilder()
                        .add("product", Json.createObjectBuilder().add("id", 49).add("name", "Fedora"))
                        .add("component", Json.createObjectBuilder().add("id", 18186).add("name", "Package Review"))
                        .addNull("creator")
                        .add("reporter", Json.createObjectBuilder().add("login", "ppisar@redhat.com").add("id", 1))))
                .build().toString();
        BusMessage message = BusMessage.parse(envelope);

        assertThat(reviews.shouldInvalidate(message, config("ppisar@redhat.com"))).isTrue();
        assertThat(reviews.hints(config("ppisar@redhat.com")).categories()).contains("bugzilla");
    }

    private static WidgetConfig config(String email) {
        return WidgetConfig.stored(Json.createObjectBuilder().add("email", email).build().toString());
    }
}
