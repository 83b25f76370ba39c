package org.fedoraproject.hubs.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fedoraproject.hubs.bus.FrameValidatorTest.bytes;
import static org.fedoraproject.hubs.bus.FrameValidatorTest.frames;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.signature.DatagrepperCopies;
import org.fedoraproject.hubs.bus.signature.FedmsgSignatureVerifier;
import org.fedoraproject.hubs.bus.signature.RoutingPolicy;
import org.junit.jupiter.api.Test;

class IngestTest {

    private static final String TOPIC = "org.fedoraproject.prod.bugzilla.bug.update";

    /** One source's counters (ingest counts against a source; the totals add the sources up). */
    private final IngestStats stats = new IngestStats(new SimpleMeterRegistry()).source("tcp://test:9940");
    private final List<BusMessage> forwarded = new ArrayList<>();

    @Test
    void forwardsValidMessagesAndCountsEachRejectionByReasonWithoutStopping() {
        Ingest ingest = new Ingest(new FrameValidator(1024 * 1024), Ingest.SignatureCheck.NONE,
                accepted -> forwarded.add(accepted.message()));
        String envelope = Fixtures.message("0001-prod.bugzilla.bug.update.json");

        ingest.accept(stats, List.of(bytes(TOPIC)));
        ingest.accept(stats, frames(TOPIC, "not json"));
        ingest.accept(stats, frames(TOPIC, envelope));
        ingest.accept(stats, frames("org.fedoraproject.prod.other.thing", envelope));
        ingest.accept(stats, frames(TOPIC, Fixtures.message("0002-prod.bugzilla.bug.update.json")));

        assertThat(forwarded).hasSize(2);
        assertThat(stats.receivedCount()).isEqualTo(5);
        assertThat(stats.forwardedCount()).isEqualTo(2);
        assertThat(stats.rejectedByReason())
                .containsEntry("wrong_frame_count", 1L)
                .containsEntry("invalid_json", 1L)
                .containsEntry("topic_mismatch", 1L);
    }

    @Test
    void theSameMessageFromTwoEndpointsIsForwardedOnce() {
        Ingest ingest = new Ingest(new FrameValidator(1024 * 1024), Ingest.SignatureCheck.NONE,
                accepted -> forwarded.add(accepted.message()));
        String envelope = Fixtures.message("0001-prod.bugzilla.bug.update.json");
        // an old envelope without msg_id: identified by its canonical form, whatever its spacing
        String anonymous = "{\"topic\": \"org.fedoraproject.dev.fas.user.create\", \"msg\": {\"user\": \"ralph\"}}";
        String respaced = "{\"msg\":{\"user\":\"ralph\"},\"topic\":\"org.fedoraproject.dev.fas.user.create\"}";

        ingest.accept(stats, frames(TOPIC, envelope));
        ingest.accept(stats, frames(TOPIC, envelope));
        ingest.accept(stats, frames("org.fedoraproject.dev.fas.user.create", anonymous));
        ingest.accept(stats, frames("org.fedoraproject.dev.fas.user.create", respaced));

        assertThat(forwarded).hasSize(2);
        assertThat(stats.duplicateCount()).isEqualTo(2);
    }

    @Test
    void withSignatureChecksOnlyVerifyingMessagesGoThroughAndFailuresAreCountedByKind() throws Exception {
        var verifier = FedmsgSignatureVerifier.fromPemFiles(
                Fixtures.dir().resolve("signed/test_certs/keys/fedora_ca.crt"), null, RoutingPolicy.OPEN, Clock.systemUTC());
        Ingest ingest = new Ingest(new FrameValidator(1024 * 1024),
                message -> verifier.verify(DatagrepperCopies.restoreAsSigned(message.envelope())),
                accepted -> forwarded.add(accepted.message()));
        String signed = Fixtures.message("0001-prod.bugzilla.bug.update.json");

        ingest.accept(stats, frames(TOPIC, signed));
        ingest.accept(stats, frames(TOPIC, signed.replace("ghc-esqueleto", "ghc-esqueletO")));
        ingest.accept(stats, frames("org.fedoraproject.prod.bugzilla.bug.new", Fixtures.message("0016-prod.bugzilla.bug.new.json")));

        assertThat(forwarded).extracting(BusMessage::topic).containsExactly(TOPIC);
        assertThat(stats.rejectedByReason()).containsEntry("invalid_signature", 2L);
        assertThat(stats.signatureFailuresByKind()).containsEntry("bad_signature", 1L).containsEntry("unsigned", 1L);
    }

    @Test
    void aFailingForwarderIsCountedAndTheNextMessageStillGoesThrough() {
        List<String> sent = new ArrayList<>();
        Ingest ingest = new Ingest(new FrameValidator(1024 * 1024), Ingest.SignatureCheck.NONE, accepted -> {
            if (sent.isEmpty()) {
                sent.add("failed once");
                throw new IllegalStateException("broker unavailable");
            }
            sent.add(accepted.message().topic());
        });
        String envelope = Fixtures.message("0001-prod.bugzilla.bug.update.json");

        ingest.accept(stats, frames(TOPIC, envelope));
        ingest.accept(stats, frames(TOPIC, envelope));

        assertThat(stats.forwardFailureCount()).isEqualTo(1);
        assertThat(stats.forwardedCount()).isEqualTo(1);
        assertThat(sent).containsExactly("failed once", TOPIC);
    }
}
