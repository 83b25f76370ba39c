package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.fedoraproject.hubs.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The fedora-messaging source against a real RabbitMQ (127.0.0.1:5672): a Package Review message
 * published to {@code amq.topic} updates the right widget, and a broker restart in the middle of a
 * stream loses nothing.
 */
@RunAsClient
class AmqpSourceIT extends DeployedHubs {

    private static final String REVIEW = "0007-prod.bugzilla.bug.update.json";
    private static final String BUILD_TOPIC = "org.fedoraproject.prod.buildsys.build.state.change";

    @Test
    void aFedoraMessagingMessageUpdatesTheWidget() throws Exception {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        String email = hub + "@example.org";
        try (ServiceStandIn bugzilla = new ServiceStandIn();
             Connection rabbit = rabbit()) {
            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
            long widget = api.userHubWithReviews(hub, email);
            PipelineIT.awaitWidget(api, hub, widget, w -> "fresh".equals(w.getString("state")));
            JsonObject recorded = Json.createReader(new StringReader(Fixtures.message(REVIEW))).readObject();
            String body = recorded.getJsonObject("body").toString().replace("jkadlcik@redhat.com", email);

            try (SseClient stream = new SseClient(api.uri("/api/hubs/" + hub + "/events"), Optional.empty())) {
                await().atMost(Duration.ofSeconds(10)).until(stream::connected);
                publish(rabbit, recorded.getString("topic"), body);

                await().atMost(Duration.ofSeconds(20)).until(() -> stream.find(e -> "widget.updated".equals(e.name())
                        && e.json().getJsonNumber("widget_id").longValue() == widget).isPresent());
            }
        }
    }

    @Test
    void aBrokerRestartInTheMiddleOfAStreamLosesNothing() throws Exception {
        HubsApi api = api();
        JsonObject before = ingest(api);
        String topic = BUILD_TOPIC;
        String body = buildStateChange();

        try (Connection rabbit = rabbit()) {
            for (int i = 0; i < 50; i++) {
                publish(rabbit, topic, body);
            }
        }
        rabbitmqctl("stop_app");
        rabbitmqctl("start_app");
        try (Connection rabbit = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(this::rabbit, c -> true)) {
            for (int i = 0; i < 50; i++) {
                publish(rabbit, topic, body);
            }
        }

        JsonObject after = await().atMost(Duration.ofSeconds(90)).until(() -> ingest(api),
                ingest -> delta(ingest, before, "forwarded") >= 100);
        assertThat(delta(after, before, "forwarded")).isEqualTo(100);
    }

    @Test
    void poisonDeliveriesAreCountedByReasonAndTheNextGoodMessageStillGetsThrough() throws Exception {
        HubsApi api = api();
        JsonObject before = ingest(api);
        String topic = BUILD_TOPIC;
        String good = buildStateChange();
        try (Connection rabbit = rabbit()) {
            publish(rabbit, topic, "[".repeat(3000) + "]".repeat(3000));
            publish(rabbit, topic, "{\"build_id\": 1" + "0".repeat(1200) + "}");
            publish(rabbit, topic, "this is not JSON");
            publish(rabbit, topic, "[1, 2, 3]");
            publish(rabbit, topic, good);
        }
        JsonObject after = await().atMost(Duration.ofSeconds(30)).until(() -> ingest(api),
                ingest -> delta(ingest, before, "forwarded") >= 1);
        assertThat(delta(after, before, "forwarded")).isEqualTo(1);
        JsonObject rejectedBefore = before.getJsonObject("rejected");
        JsonObject rejectedAfter = after.getJsonObject("rejected");
        assertThat(rejectedAfter.getInt("too_deep", 0) - rejectedBefore.getInt("too_deep", 0)).isEqualTo(1);
        assertThat(rejectedAfter.getInt("invalid_json", 0) - rejectedBefore.getInt("invalid_json", 0)).isEqualTo(2);
        assertThat(rejectedAfter.getInt("wrong_shape", 0) - rejectedBefore.getInt("wrong_shape", 0)).isEqualTo(1);
        JsonObject broker = api.asAdmin().get("/api/admin/status").json().getJsonObject("sources")
                .getJsonObject("amqp://127.0.0.1:5672/%2F");
        assertThat(broker.getString("connection")).isEqualTo("connected");
        try (Connection rabbit = rabbit(); Channel channel = rabbit.createChannel()) {
            assertThat(channel.consumerCount("9c4f5a0e-hubs-it-0000-000000000001")).as("still consuming").isEqualTo(1);
            assertThat(channel.messageCount("9c4f5a0e-hubs-it-0000-000000000001")).as("no poison left queued").isZero();
        }
    }

    /** A real Koji build message's body, as fedora-messaging carries it. */
    private static String buildStateChange() {
        return Json.createReader(new StringReader(Fixtures.message("0224-prod.buildsys.build.state.change.json")))
                .readObject().getJsonObject("msg").toString();
    }

    private Connection rabbit() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/%2F");
        return factory.newConnection("hubs-it");
    }

    /** As fedora-messaging publishes: persistent, with a message id and the sent-at header. */
    private static void publish(Connection rabbit, String topic, String body) throws Exception {
        try (Channel channel = rabbit.createChannel()) {
            channel.confirmSelect();
            channel.basicPublish("amq.topic", topic, new AMQP.BasicProperties.Builder()
                    .messageId(UUID.randomUUID().toString())
                    .contentType("application/json")
                    .deliveryMode(2)
                    .headers(Map.of("sent-at", "2026-11-25T12:00:00+00:00", "fedora_messaging_severity", 20))
                    .build(), body.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(10_000);
        }
    }

    private static void rabbitmqctl(String command) throws Exception {
        Process process = new ProcessBuilder("rabbitmqctl", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("rabbitmqctl %s finished", command).isTrue();
        assertThat(process.exitValue()).as("rabbitmqctl %s: %s", command, output).isZero();
    }

    private static JsonObject ingest(HubsApi api) {
        return api.asAdmin().get("/api/admin/status").json().getJsonObject("ingest");
    }

}
