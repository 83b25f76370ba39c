package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fedoraproject.hubs.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Every real message of the corpus, as recorded, through ingest and triage on the real server:
 * each one is forwarded, recognised as a duplicate (edited copies share a msg_id) or, for the
 * internal-bus inputs that are not bus messages, rejected with that reason; the inbound queue
 * drains through triage and nothing ends in the dead-letter queue.
 */
@RunAsClient
class CorpusIT extends DeployedHubs {

    @Test
    void everyCorpusMessageIsForwardedOnceOrRejectedWithAReason() {
        HubsApi api = api();
        List<Map<String, String>> corpus = Fixtures.index();
        long notBusMessages = corpus.stream().filter(row -> row.get("topic").startsWith("/topic/")).count();
        JsonObject before = api.asAdmin().get("/api/admin/status").json();

        try (BusPublisher bus = new BusPublisher(Integer.getInteger("it.bus.port"))) {
            bus.awaitSubscriber(Duration.ofSeconds(30));
            corpus.forEach(row -> bus.sendFrames(row.get("topic"), Fixtures.message(row.get("file"))));

            JsonObject after = await().atMost(Duration.ofSeconds(60)).until(
                    () -> api.asAdmin().get("/api/admin/status").json(),
                    status -> delta(status, before, "ingest", "received") == corpus.size());
            long forwarded = delta(after, before, "ingest", "forwarded");
            long duplicates = delta(after, before, "ingest", "duplicates");
            assertThat(forwarded + duplicates + notBusMessages).isEqualTo(corpus.size());
            assertThat(forwarded).isGreaterThan(800);
            assertThat(rejected(after, "not_a_bus_message") - rejected(before, "not_a_bus_message"))
                    .isEqualTo(notBusMessages);

            // The broker also drops ids it saw before this deployment (its duplicate cache is durable),
            // so triage sees at most what was forwarded; what matters is that the queue drains.
            JsonObject drained = await().atMost(Duration.ofSeconds(120)).until(() -> api.asAdmin().get("/api/admin/status").json(),
                    status -> status.getJsonArray("queues").getJsonObject(0).getInt("messages") == 0
                            && delta(status, before, "triage", "messages") > 0);
            assertThat(delta(drained, before, "triage", "messages")).isLessThanOrEqualTo(forwarded);
            assertThat(drained.getJsonArray("dead_letters").size()).isEqualTo(before.getJsonArray("dead_letters").size());
        }
    }

    private static long rejected(JsonObject status, String reason) {
        JsonObject rejected = status.getJsonObject("ingest").getJsonObject("rejected");
        return rejected.containsKey(reason) ? rejected.getJsonNumber(reason).longValue() : 0;
    }
}
