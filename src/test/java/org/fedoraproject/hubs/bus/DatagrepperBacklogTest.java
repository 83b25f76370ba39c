package org.fedoraproject.hubs.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.signature.DatagrepperCopies;
import org.fedoraproject.hubs.bus.signature.FedmsgSignatureVerifier;
import org.fedoraproject.hubs.bus.signature.RoutingPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recovery from datagrepper against a local stand-in serving the real datagrepper response of the
 * fixtures (its 25 production-signed messages, split over three pages as datagrepper pages them).
 */
class DatagrepperBacklogTest {

    private static final Instant START = Instant.ofEpochSecond(1504643021);
    private static final Instant END = Instant.ofEpochSecond(1504643081);

    private final List<String> queries = new CopyOnWriteArrayList<>();
    private HttpServer datagrepper;
    private JsonArray recorded;
    private volatile int status = 200;
    private volatile int brokenPage = -1;

    @BeforeEach
    void standIn() throws IOException {
        JsonObject response = Json.createReader(Files.newBufferedReader(
                Fixtures.dir().resolve("signed/fixtures/sample_datanommer_response.json"))).readObject();
        recorded = response.getJsonArray("raw_messages");
        datagrepper = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        datagrepper.createContext("/raw", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            int page = Integer.parseInt(query.replaceAll(".*[?&]?page=(\\d+).*", "$1"));
            if (page == brokenPage) {
                byte[] junk = "{\"raw_messages\": [".repeat(1).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, junk.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(junk);
                }
                return;
            }
            var messages = Json.createArrayBuilder();
            for (int i = (page - 1) * 10; i < Math.min(page * 10, recorded.size()); i++) {
                messages.add(recorded.get(i));
            }
            byte[] body = Json.createObjectBuilder(response).add("raw_messages", messages).add("pages", 3)
                    .add("count", 10).add("total", recorded.size()).build().toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        datagrepper.start();
    }

    @AfterEach
    void stop() {
        datagrepper.stop(0);
    }

    @Test
    void fetchesEveryPageOfTheRangeOldestFirst() throws Exception {
        List<String> ids = new ArrayList<>();

        DatagrepperBacklog.Fetched fetched = backlog().fetch(START, END, message -> ids.add(message.getString("msg_id")));

        assertThat(fetched.messages()).isEqualTo(25);
        assertThat(fetched.skippedPages()).isZero();
        assertThat(ids).containsExactlyElementsOf(recorded.stream()
                .map(message -> message.asJsonObject().getString("msg_id")).toList());
        assertThat(queries).containsExactly(
                "start=1504643021&end=1504643081&order=asc&rows_per_page=100&page=1",
                "start=1504643021&end=1504643081&order=asc&rows_per_page=100&page=2",
                "start=1504643021&end=1504643081&order=asc&rows_per_page=100&page=3");
    }

    @Test
    void recoveredMessagesGoThroughIngestWithSignaturesAndWhatArrivedLiveIsSkipped() throws Exception {
        IngestStats stats = new IngestStats(new SimpleMeterRegistry());
        List<BusMessage> queued = new ArrayList<>();
        var verifier = FedmsgSignatureVerifier.fromPemFiles(
                Fixtures.dir().resolve("signed/test_certs/keys/fedora_ca.crt"), null, RoutingPolicy.OPEN, Clock.systemUTC());
        Ingest ingest = new Ingest(new FrameValidator(1024 * 1024),
                message -> verifier.verify(DatagrepperCopies.restoreAsSigned(message.envelope())),
                accepted -> queued.add(accepted.message()));
        JsonObject live = recorded.getJsonObject(3);
        ingest.accept(stats.source("tcp://hub.fedoraproject.org:9940"), List.of(live.getString("topic").getBytes(StandardCharsets.UTF_8),
                live.toString().getBytes(StandardCharsets.UTF_8)));

        IngestStats recovery = stats.source("datagrepper");
        backlog().fetch(START, END, message -> ingest.acceptEnvelope(recovery, message.toString(),
                accepted -> queued.add(accepted.message())));

        assertThat(queued).hasSize(25);
        assertThat(stats.duplicateCount()).isEqualTo(1);
        assertThat(stats.rejectedByReason()).isEmpty();
        assertThat(recovery.receivedCount()).isEqualTo(25);
        assertThat(recovery.duplicateCount()).isEqualTo(1);
        assertThat(stats.receivedCount()).as("the sources add up to the total").isEqualTo(26);
    }

    @Test
    void anUnreadablePageIsAskedForAgainThenSkippedAndTheRecoveryGoesOn() throws Exception {
        brokenPage = 2;
        List<String> ids = new ArrayList<>();

        DatagrepperBacklog.Fetched fetched = backlog().fetch(START, END, message -> ids.add(message.getString("msg_id")));

        assertThat(fetched.skippedPages()).isEqualTo(1);
        assertThat(fetched.messages()).isEqualTo(15); // pages 1 and 3
        assertThat(queries.stream().filter(query -> query.endsWith("page=2"))).hasSize(3);
        assertThat(queries.get(queries.size() - 1)).endsWith("page=3");
    }

    @Test
    void aDatagrepperThatFailsIsAClearError() {
        status = 503;
        assertThatThrownBy(() -> backlog().fetch(START, END, message -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("HTTP 503");
    }

    private DatagrepperBacklog backlog() {
        return new DatagrepperBacklog("http://127.0.0.1:" + datagrepper.getAddress().getPort() + "/",
                Duration.ofSeconds(5), 100, 3, Duration.ofMillis(10));
    }
}
