package org.fedoraproject.hubs.bus.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.security.cert.CertificateParsingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FedmsgSignatureVerifierTest {

    /** When the test PKI's certificates (2023-02-20 to 2033-02-17) are all valid. */
    private static final Instant JUNE_2024 = Instant.parse("2024-06-01T00:00:00Z");
    private static final Clock CLOCK_IN_JUNE_2024 = Clock.fixed(JUNE_2024, ZoneOffset.UTC);

    /** A production message (koji, 2017), a datagrepper copy, and its signer. */
    private static final String KOJI_MESSAGE = "0224-prod.buildsys.build.state.change.json";
    private static final String KOJI_TOPIC = "org.fedoraproject.prod.buildsys.build.state.change";
    private static final String KOJI_SIGNER = "koji-koji01.phx2.fedoraproject.org";

    /** Signed by the test CA's shell-packages01.phx2.fedoraproject.org; it has no timestamp. */
    private static final String TEST_CA_EXAMPLE = "signed/examples/fedmsg-tests-consumers-test_relay-expected_msg.json";

    static List<ReferenceResult> verifiedByTheReference() {
        return ReferenceResult.where(ReferenceResult::verified);
    }

    static List<ReferenceResult> editedAfterSigning() {
        return ReferenceResult.where(ReferenceResult::editedAfterSigning);
    }

    static List<ReferenceResult> unverifiable() {
        return ReferenceResult.where(ReferenceResult::unverifiable);
    }

    /** Corpus messages INDEX.tsv does not list as signed. */
    static List<String> unsignedCorpusMessages() {
        return Fixtures.index().stream()
                .filter(row -> row.get("signed").isEmpty())
                .map(row -> row.get("file"))
                .toList();
    }

    @Test
    void theReferenceRunHasTheCasesTheFixturesDescribe() {
        assertThat(ReferenceResult.all()).hasSize(72);
        assertThat(verifiedByTheReference()).hasSize(39);
        assertThat(editedAfterSigning()).hasSize(30);
        assertThat(unverifiable()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verifiedByTheReference")
    void verifiesWhatTheReferenceVerified(ReferenceResult reference) throws Exception {
        assertThat(trusting("fedora_ca.crt").verify(reference.envelope())).isEqualTo(reference.commonName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editedAfterSigning")
    void rejectsMessagesEditedAfterSigning(ReferenceResult reference) throws Exception {
        assertFailure(trusting("fedora_ca.crt"), reference.envelope(), SignatureFailure.BAD_SIGNATURE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unverifiable")
    void rejectsCertificatesThatCannotBeLoaded(ReferenceResult reference) throws Exception {
        assertFailure(trusting("fedora_ca.crt"), reference.envelope(), SignatureFailure.MALFORMED_CERTIFICATE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verifiedByTheReference")
    void changingOneCharacterOfTheBodyBreaksTheSignature(ReferenceResult reference) throws Exception {
        JsonObject envelope = reference.envelope();
        JsonValue editedBody = withOneCharacterChanged(envelope.get("msg"))
                .orElseThrow(() -> new AssertionError(reference.file() + " has no text in its body to edit"));

        JsonObject edited = Json.createObjectBuilder(envelope).add("msg", editedBody).build();

        assertFailure(trusting("fedora_ca.crt"), edited, SignatureFailure.BAD_SIGNATURE);
    }

    @Test
    void theSignatureCoversTheCryptoField() throws Exception {
        JsonObject withoutCrypto = Json.createObjectBuilder(corpus(KOJI_MESSAGE)).remove("crypto").build();

        assertFailure(trusting("fedora_ca.crt"), withoutCrypto, SignatureFailure.BAD_SIGNATURE);
    }

    @Test
    void theTestCaExampleVerifiesAgainstTheTestCaOnly() throws Exception {
        JsonObject example = read(TEST_CA_EXAMPLE);

        assertThat(trusting("ca.crt").verify(example)).isEqualTo("shell-packages01.phx2.fedoraproject.org");
        assertFailure(trusting("fedora_ca.crt"), example, SignatureFailure.UNTRUSTED_CERTIFICATE);
    }

    /** badca.crt has the test CA's name (CN=fedmsg) but another key: Fedora's own, issued in 2012. */
    @Test
    void aCaWithTheSameNameButAnotherKeyIsNotTrusted() throws Exception {
        assertFailure(trusting("badca.crt"), read(TEST_CA_EXAMPLE), SignatureFailure.UNTRUSTED_CERTIFICATE);
        assertFailure(trusting("ca.crt"), corpus(KOJI_MESSAGE), SignatureFailure.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void refusesARevokedCertificate() throws Exception {
        JsonObject signed = TestPki.sign(testMessage(JUNE_2024), "dummy-revoked");

        assertFailure(trustingWithRevocations("ca.crt", "crl.pem"), signed, SignatureFailure.REVOKED);
        assertThat(trusting("ca.crt").verify(signed)).as("the same message without the CRL").isEqualTo("dummy-revoked");
    }

    @Test
    void acceptsACertificateTheRevocationListDoesNotName() throws Exception {
        JsonObject signed = TestPki.sign(testMessage(JUNE_2024), "shell-app01.phx2.fedoraproject.org");

        assertThat(trustingWithRevocations("ca.crt", "crl.pem").verify(signed))
                .isEqualTo("shell-app01.phx2.fedoraproject.org");
    }

    /** expired_ca.crt was valid for half an hour on 2017-06-19; the certificate it signed runs to 2037. */
    @Test
    void refusesACertificateOfACaThatHadExpiredWhenTheMessageWasSent() throws Exception {
        JsonObject signed = TestPki.sign(testMessage(JUNE_2024), "signed_by_expired_ca");

        assertFailure(trustingTheExpiredCa(), signed, SignatureFailure.CERTIFICATE_NOT_VALID_AT_MESSAGE_TIME);
    }

    @Test
    void acceptsACertificateOfAnExpiredCaForAMessageSentWhileItWasValid() throws Exception {
        JsonObject signed = TestPki.sign(testMessage(Instant.parse("2017-06-19T15:20:00Z")), "signed_by_expired_ca");

        assertThat(trustingTheExpiredCa().verify(signed)).isEqualTo("myoldca.example.com");
    }

    /** Configuring the fixture's expired_ca.crt itself fails at start-up: it claims X.509 version 4. */
    @Test
    void javaRefusesTheFixturesCopyOfTheExpiredCa() {
        assertThatThrownBy(() -> FedmsgSignatureVerifier.fromPemFiles(
                TestPki.file("expired_ca.crt"), null, RoutingPolicy.OPEN, CLOCK_IN_JUNE_2024))
                .isInstanceOf(CertificateParsingException.class);
    }

    @Test
    void judgesTheCertificateAtTheMessagesTimestampNotNow() throws Exception {
        Clock in2030 = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        FedmsgSignatureVerifier fedoraIn2030 =
                new FedmsgSignatureVerifier(TestPki.certificate("fedora_ca.crt"), null, RoutingPolicy.OPEN, in2030);
        JsonObject beforeTheCertificate =
                TestPki.sign(testMessage(Instant.parse("2020-01-01T00:00:00Z")), "shell-app01.phx2.fedoraproject.org");

        assertThat(fedoraIn2030.verify(corpus(KOJI_MESSAGE)))
                .as("sent in 2017 by a certificate that expired in 2025").isEqualTo(KOJI_SIGNER);
        assertFailure(trusting("ca.crt"), beforeTheCertificate, SignatureFailure.CERTIFICATE_NOT_VALID_AT_MESSAGE_TIME);
    }

    @Test
    void judgesAMessageWithoutTimestampAtTheClock() throws Exception {
        Clock in2034 = Clock.fixed(Instant.parse("2034-01-01T00:00:00Z"), ZoneOffset.UTC);
        FedmsgSignatureVerifier testCaIn2034 =
                new FedmsgSignatureVerifier(TestPki.certificate("ca.crt"), null, RoutingPolicy.OPEN, in2034);

        assertFailure(testCaIn2034, read(TEST_CA_EXAMPLE), SignatureFailure.CERTIFICATE_NOT_VALID_AT_MESSAGE_TIME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsignedCorpusMessages")
    void reportsUnsignedCorpusMessagesAsUnsigned(String file) throws Exception {
        // 0589 carries a lone signature, which fedmsg reads as gpg.
        SignatureFailure expected = file.startsWith("0589-")
                ? SignatureFailure.UNSUPPORTED_SCHEME : SignatureFailure.UNSIGNED;

        assertFailure(trusting("fedora_ca.crt"), corpus(file), expected);
    }

    @Test
    void reportsGpgSignaturesAsUnsupported() throws Exception {
        JsonObject gpgSigned = Json.createObjectBuilder(testMessage(JUNE_2024))
                .add("crypto", "gpg")
                .add("signature", "iQEcBAABAgAGBQJTest")
                .build();

        assertFailure(trusting("fedora_ca.crt"), gpgSigned, SignatureFailure.UNSUPPORTED_SCHEME);
    }

    @Test
    void refusesARevocationListTheCaDidNotSign() {
        assertThatThrownBy(() -> trustingWithRevocations("fedora_ca.crt", "crl.pem"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsItsCaAndRevocationListFromPemFiles() throws Exception {
        FedmsgSignatureVerifier verifier = FedmsgSignatureVerifier.fromPemFiles(
                TestPki.file("ca.crt"), TestPki.file("crl.pem"), RoutingPolicy.OPEN, CLOCK_IN_JUNE_2024);

        assertThat(verifier.verify(read(TEST_CA_EXAMPLE))).isEqualTo("shell-packages01.phx2.fedoraproject.org");
        assertFailure(verifier, TestPki.sign(testMessage(JUNE_2024), "dummy-revoked"), SignatureFailure.REVOKED);
    }

    @Test
    void acceptsACnTheRoutingPolicyListsForTheTopic() throws Exception {
        RoutingPolicy policy = new RoutingPolicy(Map.of(KOJI_TOPIC, List.of("bodhi-app01.phx2.fedoraproject.org",
                KOJI_SIGNER)), true);

        assertThat(withPolicy(policy).verify(corpus(KOJI_MESSAGE))).isEqualTo(KOJI_SIGNER);
    }

    @Test
    void refusesACnTheRoutingPolicyDoesNotListForTheTopic() throws Exception {
        RoutingPolicy policy = new RoutingPolicy(Map.of(KOJI_TOPIC, List.of("bodhi-app01.phx2.fedoraproject.org")),
                false);

        assertFailure(withPolicy(policy), corpus(KOJI_MESSAGE), SignatureFailure.CN_NOT_ALLOWED);
    }

    @Test
    void onlyANitpickyRoutingPolicyRefusesTopicsItDoesNotList() throws Exception {
        Map<String, List<String>> otherTopicOnly =
                Map.of("org.fedoraproject.prod.bodhi.update.comment", List.of("bodhi-app01.phx2.fedoraproject.org"));

        assertThat(withPolicy(new RoutingPolicy(otherTopicOnly, false)).verify(corpus(KOJI_MESSAGE)))
                .isEqualTo(KOJI_SIGNER);
        assertFailure(withPolicy(new RoutingPolicy(otherTopicOnly, true)), corpus(KOJI_MESSAGE),
                SignatureFailure.CN_NOT_ALLOWED);
    }

    private static FedmsgSignatureVerifier trusting(String caFile) throws Exception {
        return new FedmsgSignatureVerifier(TestPki.certificate(caFile), null, RoutingPolicy.OPEN, CLOCK_IN_JUNE_2024);
    }

    private static FedmsgSignatureVerifier trustingWithRevocations(String caFile, String crlFile) throws Exception {
        return new FedmsgSignatureVerifier(TestPki.certificate(caFile), TestPki.revocationList(crlFile),
                RoutingPolicy.OPEN, CLOCK_IN_JUNE_2024);
    }

    private static FedmsgSignatureVerifier trustingTheExpiredCa() throws Exception {
        return new FedmsgSignatureVerifier(TestPki.expiredCa(), null, RoutingPolicy.OPEN, CLOCK_IN_JUNE_2024);
    }

    private static FedmsgSignatureVerifier withPolicy(RoutingPolicy policy) throws Exception {
        return new FedmsgSignatureVerifier(TestPki.certificate("fedora_ca.crt"), null, policy, CLOCK_IN_JUNE_2024);
    }

    private static void assertFailure(FedmsgSignatureVerifier verifier, JsonObject envelope, SignatureFailure failure) {
        assertThatThrownBy(() -> verifier.verify(envelope))
                .isInstanceOfSatisfying(InvalidSignatureException.class,
                        e -> assertThat(e.failure()).as(e.getMessage()).isEqualTo(failure));
    }

    /** An unsigned classic envelope, as a test publisher would send it. */
    private static JsonObject testMessage(Instant sentAt) {
        return Json.createObjectBuilder()
                .add("topic", "org.fedoraproject.dev.hubs.signature.test")
                .add("msg", Json.createObjectBuilder().add("text", "so secure \u2713").add("count", 3))
                .add("msg_id", "2024-00000000-0000-0000-0000-000000000001")
                .add("i", 1)
                .add("timestamp", sentAt.getEpochSecond())
                .add("username", "hubs")
                .build();
    }

    /** A corpus message, restored if it is a datagrepper copy. */
    private static JsonObject corpus(String file) {
        try (var reader = Json.createReader(new StringReader(Fixtures.message(file)))) {
            return DatagrepperCopies.restoreAsSigned(reader.readObject());
        }
    }

    private static JsonObject read(String pathInFixtures) throws Exception {
        String json = Files.readString(Fixtures.dir().resolve(pathInFixtures));
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The value with the first non-empty string in it (depth first) changed in its first character. */
    private static Optional<JsonValue> withOneCharacterChanged(JsonValue value) {
        switch (value.getValueType()) {
            case STRING -> {
                String text = ((JsonString) value).getString();
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                char replacement = text.charAt(0) == 'x' ? 'y' : 'x';
                return Optional.of(Json.createValue(replacement + text.substring(1)));
            }
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                    Optional<JsonValue> changed = withOneCharacterChanged(member.getValue());
                    if (changed.isPresent()) {
                        return Optional.of(
                                Json.createObjectBuilder(object).add(member.getKey(), changed.get()).build());
                    }
                }
                return Optional.empty();
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    Optional<JsonValue> changed = withOneCharacterChanged(array.get(i));
                    if (changed.isPresent()) {
                        return Optional.of(Json.createArrayBuilder(array).set(i, changed.get()).build());
                    }
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
