package org.fedoraproject.hubs.bus.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatagrepperCopiesTest {

    private static final String KOJI_COPY = "0224-prod.buildsys.build.state.change.json";

    @Test
    void undoesWhatDatanommerAdded() {
        JsonObject copy = corpus(KOJI_COPY);

        JsonObject restored = DatagrepperCopies.restoreAsSigned(copy);

        assertThat(copy).containsKeys("source_name", "source_version", "headers");
        assertThat(copy.getJsonNumber("timestamp").toString()).isEqualTo("1504643051.0");
        assertThat(restored).doesNotContainKeys("source_name", "source_version", "headers");
        assertThat(restored.getJsonNumber("timestamp").toString()).isEqualTo("1504643051");
        assertThat(restored.get("msg")).isEqualTo(copy.get("msg"));
    }

    @Test
    void keepsHeadersThatAreNotEmpty() {
        JsonObject copy = corpus("0970-umb.eng.ci.brew-build.test.complete.json");

        assertThat(DatagrepperCopies.restoreAsSigned(copy).getJsonObject("headers")).isEqualTo(copy.get("headers"));
    }

    @Test
    void truncatesAFractionalTimestampAsPythonsIntDoes() {
        JsonObject copy = Json.createObjectBuilder()
                .add("source_name", "datanommer")
                .add("source_version", "0.8.1")
                .add("timestamp", Json.createValue(new BigDecimal("1504643051.97")))
                .build();

        assertThat(DatagrepperCopies.restoreAsSigned(copy).getJsonNumber("timestamp").toString())
                .isEqualTo("1504643051");
    }

    @Test
    void leavesAMessageThatDidNotComeThroughDatagrepperAlone() {
        JsonObject fromTheBus = Json.createObjectBuilder(corpus(KOJI_COPY))
                .remove("source_name")
                .remove("source_version")
                .build();

        assertThat(DatagrepperCopies.restoreAsSigned(fromTheBus)).isSameAs(fromTheBus);
        assertThat(fromTheBus.get("headers")).isEqualTo(JsonValue.EMPTY_JSON_OBJECT);
    }

    static List<JsonObject> rawMessagesOfTheSampleResponse() throws Exception {
        String response = Files.readString(Fixtures.dir().resolve("signed/fixtures/sample_datanommer_response.json"));
        try (var reader = Json.createReader(new StringReader(response))) {
            return reader.readObject().getJsonArray("raw_messages").getValuesAs(JsonObject.class);
        }
    }

    @Test
    void theSampleResponseHoldsTwentyFiveMessages() throws Exception {
        assertThat(rawMessagesOfTheSampleResponse()).hasSize(25);
    }

    /** Production messages of 2017 as datagrepper served them: they verify once restored, and only then. */
    @ParameterizedTest(name = "{index}")
    @MethodSource("rawMessagesOfTheSampleResponse")
    void makesDatagrepperCopiesVerifiable(JsonObject copy) throws Exception {
        FedmsgSignatureVerifier fedora = new FedmsgSignatureVerifier(TestPki.certificate("fedora_ca.crt"), null,
                RoutingPolicy.OPEN, Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));

        assertThat(fedora.verify(DatagrepperCopies.restoreAsSigned(copy))).isNotEmpty();
        assertThatThrownBy(() -> fedora.verify(copy))
                .isInstanceOfSatisfying(InvalidSignatureException.class,
                        e -> assertThat(e.failure()).isEqualTo(SignatureFailure.BAD_SIGNATURE));
    }

    private static JsonObject corpus(String file) {
        try (var reader = Json.createReader(new StringReader(Fixtures.message(file)))) {
            return reader.readObject();
        }
    }
}
