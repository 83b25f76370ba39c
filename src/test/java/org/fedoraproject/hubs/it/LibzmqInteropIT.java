package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.fedoraproject.hubs.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * A publisher we did not write: libzmq through pyzmq (Debian's python3-zmq) sends real corpus
 * messages to an endpoint in {@code hubs.bus.endpoints}; all of them are received and the Package
 * Review message among them updates the right widget on the right hub stream.
 */
@RunAsClient
class LibzmqInteropIT extends DeployedHubs {

    private static final String REVIEW = "0014-dev.bugzilla.bug.new.json";

    @Test
    void messagesFromALibzmqPublisherAllArriveAndUpdateTheWidget() throws Exception {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        List<String> files = classicEnvelopes(24);
        files.add(REVIEW);

        try (ServiceStandIn bugzilla = new ServiceStandIn()) {
            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/puiterwijk-waiting.json");
            long widget = api.userHubWithReviews(hub, "puiterwijk@gmail.com");
            PipelineIT.awaitWidget(api, hub, widget, w -> "fresh".equals(w.getString("state")));
            long receivedBefore = received(api);
            int queriesBefore = bugzilla.requests("bugzilla").size();

            try (SseClient stream = new SseClient(api.uri("/api/hubs/" + hub + "/events"), Optional.empty())) {
                await().atMost(Duration.ofSeconds(10)).until(stream::connected);
                publishWithLibzmq(files);

                await().atMost(Duration.ofSeconds(20)).until(() -> stream.find(e -> "widget.updated".equals(e.name())
                        && e.json().getJsonNumber("widget_id").longValue() == widget).isPresent());
            }
            assertThat(received(api) - receivedBefore).isEqualTo(files.size());
            JsonObject endpoint = api.asAdmin().get("/api/admin/status").json().getJsonObject("sources")
                    .getJsonObject("tcp://127.0.0.1:" + Integer.getInteger("it.libzmq.port"));
            assertThat(endpoint.getJsonNumber("received").longValue()).isGreaterThanOrEqualTo(files.size());
            assertThat(bugzilla.requests("bugzilla").size()).isGreaterThan(queriesBefore);
        }
    }

    /** Real classic fedmsg envelopes from the corpus (no Bugzilla ones), in index order. */
    private static List<String> classicEnvelopes(int count) {
        List<String> files = new ArrayList<>();
        for (Map<String, String> row : Fixtures.index()) {
            if (files.size() == count) {
                break;
            }
            if (row.get("envelope_format").startsWith("fedmsg") && !row.get("family").equals("bugzilla")
                    && row.get("topic").startsWith("org.fedoraproject.prod.")
                    && Fixtures.message(row.get("file")).length() < 200_000) {
                files.add(row.get("file"));
            }
        }
        return files;
    }

    private static void publishWithLibzmq(List<String> files) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "src/test/python/publish_envelopes.py",
                "tcp://127.0.0.1:" + Integer.getInteger("it.libzmq.port")));
        Path messages = Fixtures.dir().resolve("messages");
        files.forEach(file -> command.add(messages.resolve(file).toString()));
        Process publisher = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!publisher.waitFor(90, TimeUnit.SECONDS)) {
            publisher.destroyForcibly();
            throw new AssertionError("the libzmq publisher did not finish");
        }
        String output = new String(publisher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(publisher.exitValue()).as("publisher output (needs Debian's python3-zmq): %s", output).isZero();
    }

    private static long received(HubsApi api) {
        return api.asAdmin().get("/api/admin/status").json().getJsonObject("ingest").getJsonNumber("received").longValue();
    }
}
