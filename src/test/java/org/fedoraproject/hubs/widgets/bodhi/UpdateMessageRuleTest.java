package org.fedoraproject.hubs.widgets.bodhi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Bodhi updates widget's rule against all 29 {@code bodhi.update.*} messages of the corpus. Whose
 * update each one is about was read from the messages by hand (the submitter, in whichever shape),
 * with who acted on it (agent, commenter) when that is someone else.
 */
class UpdateMessageRuleTest {

    /** File, whose update it is ("" when the message does not say), who acted when that is someone else. */
    static Stream<Arguments> updateMessages() {
        return Stream.of(
                Arguments.of("0151-dev.bodhi.update.edit.json", "ralph", ""),                       // update.user.name
                Arguments.of("0152-dev.bodhi.update.karma.threshold.json", "ralph", ""),            // update.user.name
                Arguments.of("0153-dev.bodhi.update.request.obsolete.json", "lmacken", ""),         // update.submitter
                Arguments.of("0154-dev.bodhi.update.request.obsolete.json", "lmacken", ""),
                Arguments.of("0155-dev.bodhi.update.request.revoke.json", "lmacken", ""),
                Arguments.of("0156-dev.bodhi.update.request.revoke.json", "lmacken", ""),
                Arguments.of("0157-dev.bodhi.update.request.stable.json", "lmacken", ""),
                Arguments.of("0158-dev.bodhi.update.request.stable.json", "lmacken", ""),
                Arguments.of("0159-dev.bodhi.update.request.testing.json", "lmacken", ""),
                Arguments.of("0160-dev.bodhi.update.request.testing.json", "lmacken", ""),
                Arguments.of("0161-dev.bodhi.update.request.unpush.json", "lmacken", ""),
                Arguments.of("0162-dev.bodhi.update.request.unpush.json", "lmacken", ""),
                Arguments.of("0163-dev.bodhi.update.requirements_met.stable.json", "elyscape", ""),
                Arguments.of("0192-prod.bodhi.update.comment.json", "kalev", ""),                   // comment.update.user.name
                Arguments.of("0193-prod.bodhi.update.comment.json", "jstanek", "hreindl"),          // comment.update_submitter
                Arguments.of("0194-prod.bodhi.update.comment.json", "jkaluza", "hreindl"),
                Arguments.of("0195-prod.bodhi.update.comment.json", "jstanek", "volter"),
                Arguments.of("0196-prod.bodhi.update.complete.testing.json", "ralph", ""),          // submitter a string
                Arguments.of("0197-prod.bodhi.update.complete.testing.json", "ralph", ""),          // submitter an object
                Arguments.of("0198-prod.bodhi.update.complete.testing.json", "kkeithle", "composer"),
                Arguments.of("0199-prod.bodhi.update.eject.json", "ralph", ""),
                Arguments.of("0200-prod.bodhi.update.request.testing.json", "hadess", "lmacken"),
                Arguments.of("0201-prod.bodhi.update.request.testing.json", "hadess", "lmacken"),
                Arguments.of("0202-prod.bodhi.update.request.testing.json", "pghmcfc", ""),
                Arguments.of("0203-prod.bodhi.update.request.testing.json", "pghmcfc", ""),
                Arguments.of("0204-prod.bodhi.update.request.testing.json", "ralph", "pghmcfc"),   // pghmcfc only commits
                Arguments.of("0205-prod.bodhi.update.request.testing.json", "pghmcfc", ""),
                Arguments.of("0206-prod.bodhi.update.request.testing.json", "", "dummygh"),         // no update at all
                Arguments.of("0218-stg.bodhi.update.comment.json", "", "ralph"));                   // no submitter given
    }

    private final CachedFunction updates = new BodhiUpdatesWidget().function("updates");

    @Test
    void theTableCoversEveryBodhiUpdateMessageOfTheCorpus() {
        Set<String> inCorpus = Fixtures.index().stream()
                .filter(row -> row.get("topic").matches("org\\.fedoraproject\\.\\w+\\.bodhi\\.update\\..*"))
                .map(row -> row.get("file")).collect(Collectors.toSet());
        Set<String> inTable = updateMessages().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());

        assertThat(inCorpus).hasSize(29).isEqualTo(inTable);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updateMessages")
    void invalidatesTheSubmittersUpdatesOnly(String file, String submitter, String actor) throws Exception {
        BusMessage message = BusMessage.parse(Fixtures.message(file));

        if (!submitter.isEmpty()) {
            assertThat(updates.shouldInvalidate(message, config(submitter))).isTrue();
            assertThat(updates.shouldInvalidate(message, config(submitter.toUpperCase()))).isTrue();
        }
        if (!actor.isEmpty()) {
            // whoever commented, pushed or requested is not whose update it is
            assertThat(updates.shouldInvalidate(message, config(actor))).isFalse();
        }
        assertThat(updates.shouldInvalidate(message, config("someoneelse"))).isFalse();
    }

    @Test
    void messagesOfBodhiThatAreNotAboutOneUpdateInvalidateNothing() throws Exception {
        for (String file : new String[] {"0207-prod.bodhi.updates.epel.sync.json", "0213-prod.bodhi.updates.fedora.sync.json"}) {
            assertThat(updates.shouldInvalidate(BusMessage.parse(Fixtures.message(file)), config("ralph"))).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ralph", "lmacken", "kalev", "jstanek", "elyscape", "hreindl"})
    void noMessageOutsideBodhiUpdatesEverInvalidatesItAndHintsAreKept(String username) {
        int invalidated = CorpusProperties.assertFamilyOnlyAndHintsKept(updates, config(username),
                message -> message.subject().startsWith("bodhi.update."));
        Map<String, Integer> expected = Map.of("ralph", 6, "lmacken", 10, "kalev", 1, "jstanek", 2, "elyscape", 1, "hreindl", 0);
        assertThat(invalidated).isEqualTo(expected.get(username));
    }

    @Test
    void hintsNameTheCategoryAndTheUser() {
        assertThat(updates.hints(config("ralph")).categories()).containsExactly("bodhi");
        assertThat(updates.hints(config("ralph")).people()).containsExactly("ralph");
    }

    static WidgetConfig config(String username) {
        return WidgetConfig.stored(Json.createObjectBuilder().add("username", username).build().toString());
    }
}
