package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fedoraproject.hubs.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The standard operations endpoints of the management interface: {@code /health/ready} with
 * Hubs' bus, broker and database checks (the bus check going down when the bus goes away),
 * {@code /health/live}, and {@code /metrics} in Prometheus text with the ingest counters moving.
 */
@RunAsClient
class OperationsIT extends DeployedHubs {

    private static final URI MANAGEMENT = URI.create("http://127.0.0.1:9990");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void readinessCarriesTheBusBrokerAndDatabaseChecksAndTheBusGoesDownWhenItStops() {
        assertThat(check(ready(), "broker").getString("status")).isEqualTo("UP");
        assertThat(check(ready(), "database").getString("status")).isEqualTo("UP");
        try (BusPublisher bus = new BusPublisher(Integer.getInteger("it.bus.port"));
             BusPublisher libzmq = new BusPublisher(Integer.getInteger("it.libzmq.port"))) {
            bus.awaitSubscriber(Duration.ofSeconds(30));
            libzmq.awaitSubscriber(Duration.ofSeconds(30));
            bus.publishAsNew(PipelineIT.REVIEW_TOPIC, Fixtures.message(PipelineIT.REVIEW_MESSAGE));
            await().atMost(Duration.ofSeconds(30)).until(() -> "UP".equals(check(ready(), "bus").getString("status")));
        }
        JsonObject bus = await().atMost(Duration.ofSeconds(30)).until(() -> check(ready(), "bus"),
                check -> "DOWN".equals(check.getString("status")));
        assertThat(bus.getJsonObject("data").getString("tcp://127.0.0.1:" + Integer.getInteger("it.bus.port")))
                .isNotEqualTo("connected");
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
    }

    @Test
    void livenessFollowsTheIngestLoop() {
        HttpResponse<String> live = get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(check(json(live), "ingest-loop").getString("status")).isEqualTo("UP");
    }

    @Test
    void metricsShowTheIngestCountersMoving() {
        String source = "tcp://127.0.0.1:" + Integer.getInteger("it.bus.port");
        try (BusPublisher bus = new BusPublisher(Integer.getInteger("it.bus.port"))) {
            bus.awaitSubscriber(Duration.ofSeconds(30));
            bus.publishAsNew(PipelineIT.REVIEW_TOPIC, Fixtures.message(PipelineIT.REVIEW_MESSAGE));
            double before = await().atMost(Duration.ofSeconds(30)).until(() -> received(source), Optional::isPresent).get();
            bus.publishAsNew(PipelineIT.REVIEW_TOPIC, Fixtures.message(PipelineIT.REVIEW_MESSAGE));
            bus.sendFrames(PipelineIT.REVIEW_TOPIC, "not json");
            await().atMost(Duration.ofSeconds(30)).until(() -> received(source).orElse(0.0) >= before + 2);
        }
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("hubs_ingest_rejected_total{", "hubs_rebuild_succeeded_total", "hubs_push_streams_open");
    }

    private static Optional<Double> received(String source) {
        Matcher line = Pattern.compile("(?m)^hubs_ingest_received_total\\{[^}]*source=\"" + Pattern.quote(source)
                + "\"[^}]*} ([0-9.eE+]+)$").matcher(get("/metrics").body());
        return line.find() ? Optional.of(Double.parseDouble(line.group(1))) : Optional.empty();
    }

    private static JsonObject ready() {
        return json(get("/health/ready"));
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> name.equals(check.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(MANAGEMENT.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
