package org.fedoraproject.hubs.bus;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;

class MessagePeopleTest {

    @Test
    void collectsTheStrippedLowerCasedStringLeavesAtAnyDepthUpToTheLengthLimit() throws Exception {
        String longest = "x".repeat(MessagePeople.MAX_LENGTH - 4) + "@a.b";
        BusMessage message = BusMessage.parse(Json.createObjectBuilder()
                .add("topic", "org.fedoraproject.prod.bugzilla.bug.update")
                .add("msg", Json.createObjectBuilder()
                        .add("agent", " Ralph ")
                        .add("bug", Json.createObjectBuilder()
                                .add("reporter", Json.createObjectBuilder().add("login", "PPisar@RedHat.com").add("id", 7))
                                .add("cc", Json.createArrayBuilder().add("a@example.org").add(Json.createArrayBuilder().add("deep")))
                                .add("is_private", false)
                                .addNull("qa_contact")
                                .add("url", "  "))
                        .add("usernames", Json.createArrayBuilder().add("jkadlcik").add("msuchy"))
                        .add("longest", longest)
                        .add("comment", longest + "!"))
                .build().toString());

        assertThat(MessagePeople.of(message)).containsExactlyInAnyOrder(
                "ralph", "ppisar@redhat.com", "a@example.org", "deep", "jkadlcik", "msuchy", longest);
    }

    @Test
    void alsoCollectsTheNamesTheEnvelopeGivesOnlyThere() throws Exception {
        BusMessage message = BusMessage.parse(Json.createObjectBuilder()
                .add("topic", "org.fedoraproject.prod.meetbot.meeting.complete")
                .add("body", Json.createObjectBuilder().add("attendees", Json.createObjectBuilder().add("attendee", 3)))
                .add("usernames", Json.createArrayBuilder().add(" Pingou ").add(7).add("").add("x".repeat(MessagePeople.MAX_LENGTH + 1)))
                .add("headers", Json.createObjectBuilder()
                        .add("fedora_messaging_user_ralph", true)
                        .add("fedora_messaging_user_Lmacken", false)
                        .add("fedora_messaging_user_", true)
                        .add("fedora_messaging_severity", 20)
                        .add("sent-at", "2024-04-23T00:48:48+00:00"))
                .build().toString());

        assertThat(MessagePeople.of(message)).containsExactlyInAnyOrder("pingou", "ralph", "lmacken");
        assertThat(MessagePeople.envelopeNames(message)).containsExactly(" Pingou ", "", "x".repeat(MessagePeople.MAX_LENGTH + 1),
                "ralph", "Lmacken", "");
    }

    @Test
    void findsTheUserHeaderOfARealFedoraMessagingMessage() throws Exception {
        BusMessage message = BusMessage.parse(Fixtures.message("0775-prod.pagure.git.receive.json"));

        assertThat(MessagePeople.envelopeNames(message)).containsExactly("cathay4t");
    }

    @Test
    void findsTheReporterOfARealBugzillaMessageButNotItsComments() throws Exception {
        BusMessage message = BusMessage.parse(Fixtures.message("0001-prod.bugzilla.bug.update.json"));

        assertThat(MessagePeople.of(message))
                .contains("quantum.analyst@gmail.com", "nobody@fedoraproject.org")
                .noneMatch(text -> text.contains("spec url"));
    }

    @Test
    void namesEqualIgnoringCaseHaveOneNormalForm() {
        String[][] equalIgnoringCase = {{"Ralph", "rALPH"}, {"ſam", "SAM"}, {"\u212Aoji", "koji"}, {"ÉLODIE", "élodie"},
                {"\uD801\uDC00x", "\uD801\uDC28X"}};
        for (String[] pair : equalIgnoringCase) {
            assertThat(pair[0].equalsIgnoreCase(pair[1])).as("%s equals %s ignoring case", pair[0], pair[1]).isTrue();
            assertThat(MessagePeople.normalize(pair[0])).isEqualTo(MessagePeople.normalize(pair[1]));
        }
        assertThat(MessagePeople.normalize("  Ralph\t")).isEqualTo("ralph");
        assertThat(MessagePeople.normalize("ralph")).isSameAs("ralph");
    }
}
