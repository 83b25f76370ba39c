package org.fedoraproject.hubs.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;

class FrameValidatorTest {

    private static final String REVIEW = "0001-prod.bugzilla.bug.update.json";
    private static final String REVIEW_TOPIC = "org.fedoraproject.prod.bugzilla.bug.update";

    private final FrameValidator validator = new FrameValidator(256 * 1024);

    @Test
    void acceptsARealClassicEnvelopeAndKeepsItsText() throws Exception {
        String envelope = Fixtures.message(REVIEW);

        FrameValidator.Accepted accepted = validator.validate(frames(REVIEW_TOPIC, envelope));

        assertThat(accepted.envelopeJson()).isEqualTo(envelope);
        assertThat(accepted.message().topic()).isEqualTo(REVIEW_TOPIC);
        assertThat(accepted.message().id()).contains("2017-8af01072-e2d0-4722-a93b-3fecfc8176a8");
        assertThat(accepted.message().category()).isEqualTo("bugzilla");
        assertThat(accepted.message().subject()).isEqualTo("bugzilla.bug.update");
        assertThat(accepted.message().sentAt()).isPresent();
        assertThat(accepted.message().body().getJsonObject("bug").getInt("id")).isEqualTo(1488612);
    }

    @Test
    void acceptsAFedoraMessagingEnvelope() throws Exception {
        String envelope = Fixtures.message("0007-prod.bugzilla.bug.update.json");

        BusMessage message = validator.validate(frames(REVIEW_TOPIC, envelope)).message();

        assertThat(message.id()).contains("052a1d08-02b0-4756-8818-53e6fb3316fa");
        assertThat(message.body().getJsonObject("bug").getInt("id")).isEqualTo(2158000);
        assertThat(message.sentAt().map(Object::toString)).contains("2023-05-06T01:27:39Z");
    }

    @Test
    void rejectsAnythingButTwoFrames() {
        assertRejected(List.of(bytes(REVIEW_TOPIC)), RejectionReason.WRONG_FRAME_COUNT);
        assertRejected(List.of(bytes(REVIEW_TOPIC), bytes("{}"), bytes("extra")), RejectionReason.WRONG_FRAME_COUNT);
    }

    @Test
    void rejectsATopicFrameThatDiffersFromTheEnvelope() {
        assertRejected(frames("org.fedoraproject.prod.buildsys.build.state.change", Fixtures.message(REVIEW)),
                RejectionReason.TOPIC_MISMATCH);
    }

    @Test
    void rejectsInvalidJson() {
        assertRejected(frames(REVIEW_TOPIC, "{\"topic\": \"" + REVIEW_TOPIC + "\", \"msg\": {"),
                RejectionReason.INVALID_JSON);
        assertRejected(frames(REVIEW_TOPIC, "[1, 2]"), RejectionReason.INVALID_JSON);
    }

    @Test
    void rejectsEnvelopesOverTheSizeLimitBeforeParsingThem() {
        FrameValidator small = new FrameValidator(100);
        assertThatThrownBy(() -> small.validate(frames(REVIEW_TOPIC, Fixtures.message(REVIEW))))
                .isInstanceOfSatisfying(InvalidMessageException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.TOO_LARGE));
    }

    @Test
    void rejectsFramesThatAreNotUtf8() {
        assertRejected(List.of(bytes(REVIEW_TOPIC), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}),
                RejectionReason.INVALID_UTF8);
    }

    @Test
    void rejectsEnvelopesWithoutTopicOrPayload() {
        assertRejected(frames(REVIEW_TOPIC, "{\"msg\": {}}"), RejectionReason.MISSING_TOPIC);
        assertRejected(frames(REVIEW_TOPIC, "{\"topic\": \"" + REVIEW_TOPIC + "\"}"), RejectionReason.MISSING_BODY);
    }

    @Test
    void rejectsInternalBusInputsThatAreNotBusMessages() {
        String internal = Fixtures.message("0023-umb.eng.bugzilla.bug.modify.json");
        assertRejected(frames("/topic/VirtualTopic.eng.bugzilla.bug.modify", internal),
                RejectionReason.NOT_A_BUS_MESSAGE);
    }

    private void assertRejected(List<byte[]> frames, RejectionReason reason) {
        assertThatThrownBy(() -> validator.validate(frames))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    static List<byte[]> frames(String topic, String envelope) {
        return List.of(bytes(topic), bytes(envelope));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
