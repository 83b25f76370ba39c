package org.fedoraproject.hubs.widgets.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.MessagePeople;
import org.fedoraproject.hubs.triage.TriageCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who real messages of each service concern: who acted and whose thing it is, not everyone named. */
class ConcernedPeopleTest {

    static Stream<Arguments> corpusMessages() {
        return Stream.of(
                // file, concerned (exactly, in order), mentioned but not concerned
                arguments("0003-prod.bugzilla.bug.update.json", List.of("mavit@mavit.org.uk", "nobody"), "extras-qa@fedoraproject.org"),
                arguments("0015-dev.bugzilla.bug.update.json", List.of("puiterwijk@gmail.com", "rbean@redhat.com"), "nobody@fedoraproject.org"),
                arguments("0192-prod.bodhi.update.comment.json", List.of("kalev"), "klember@redhat.com"),
                arguments("0199-prod.bodhi.update.eject.json", List.of("ralph"), "test_repo"),
                arguments("0219-prod.buildsys.build.state.change.json", List.of("ralph"), "eclipse-ptp"),
                arguments("0243-prod.buildsys.tag.json", List.of("ralph", "bodhi"), "stage"),
                arguments("0437-prod.copr.build.end.json", List.of("logocomune"), "worker-6"),
                arguments("0835-pagureio.prod.pagure.issue.new.json", List.of("bonnegent"), "pingou"),
                arguments("0844-pagureio.prod.pagure.pull-request.comment.added.json", List.of("aavrug", "pingou"), "pagure"),
                arguments("0775-prod.pagure.git.receive.json", List.of("yselkowitz", "cathay4t"), "ffmancera"),
                arguments("0502-stg.fedbadges.badge.award.json", List.of("ralph"), "fedora-project"),
                arguments("0489-stg.fas.group.member.sponsor.json", List.of("toshio", "ralph"), "ambassadors"),
                arguments("0715-prod.meetbot.meeting.item.help.json", List.of("threebean", "lmacken"), "#fedora-meeting"),
                arguments("0603-prod.github.issue.opened.json", List.of("ralphbean", "github_org_fedora-infra", "ralph"), "fedora-infra"),
                arguments("0591-prod.git.receive.ember.master.json", List.of("spot"), "spot@fedoraproject.org"),
                arguments("0926-prod.trac.git.receive.json", List.of("ralph"), "moksha"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusMessages")
    void concernsWhoActedAndWhoseThingItIs(String file, List<String> concerned, String onlyMentioned) throws Exception {
        BusMessage message = BusMessage.parse(Fixtures.message(file));

        assertThat(ConcernedPeople.of(message)).containsExactlyElementsOf(concerned);
        assertThat(MessagePeople.of(message)).contains(onlyMentioned);
        assertThat(ConcernedPeople.concerns(message, List.of(concerned.get(0)))).isTrue();
        assertThat(ConcernedPeople.concerns(message, List.of(onlyMentioned))).isFalse();
        assertThat(ConcernedPeople.concerns(message, List.of())).isFalse();
    }

    @Test
    void meetingAttendeesCountThroughTheNamesTheEnvelopeGives() throws Exception {
        JsonObject envelope = Json.createReader(new java.io.StringReader(Fixtures.message("0706-dev.meetbot.meeting.complete.json")))
                .readObject();
        BusMessage bare = BusMessage.of(envelope);
        BusMessage fromDatagrepper = BusMessage.of(Json.createObjectBuilder(envelope)
                .add("usernames", Json.createArrayBuilder().add("threebean").add("zodbot")).build());
        BusMessage fromFedoraMessaging = BusMessage.of(Json.createObjectBuilder(envelope)
                .add("headers", Json.createObjectBuilder().add("fedora_messaging_user_zodbot", true)).build());

        assertThat(ConcernedPeople.of(bare)).containsExactly("threebean");
        assertThat(ConcernedPeople.of(fromDatagrepper)).containsExactly("threebean", "zodbot");
        assertThat(ConcernedPeople.of(fromFedoraMessaging)).containsExactly("threebean", "zodbot");
    }

    /** The promise the activity widget's hints rest on (see Hints): it is only concerned by people a message mentions. */
    @Test
    void everyoneAMessageConcernsItMentions() {
        int concerning = 0;
        for (Map.Entry<String, BusMessage> entry : TriageCorpus.get().messages().entrySet()) {
            BusMessage message = entry.getValue();
            assertThat(MessagePeople.of(message)).as(entry.getKey()).containsAll(ConcernedPeople.of(message));
            BusMessage withEnvelopeNames = withEnvelopeNames(message);
            assertThat(MessagePeople.of(withEnvelopeNames)).as(entry.getKey()).containsAll(ConcernedPeople.of(withEnvelopeNames))
                    .contains("only-in-usernames", "only-in-a-header");
            concerning += ConcernedPeople.of(message).isEmpty() ? 0 : 1;
        }
        assertThat(concerning).as("corpus messages concerning someone").isGreaterThan(500);
    }

    @Test
    void readsConfiguredPeopleAsMessagesNameThem() {
        assertThat(ConcernedPeople.configured(" Ralph, pingou ,,PINGOU, Someone@Example.org ,"))
                .containsExactly("ralph", "pingou", "someone@example.org");
        assertThat(ConcernedPeople.configured(null)).isEmpty();
    }

    private static BusMessage withEnvelopeNames(BusMessage message) {
        try {
            return BusMessage.of(Json.createObjectBuilder(message.envelope())
                    .add("usernames", Json.createArrayBuilder().add("Only-In-Usernames"))
                    .add("headers", Json.createObjectBuilder().add("fedora_messaging_user_only-in-a-header", true))
                    .build());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
