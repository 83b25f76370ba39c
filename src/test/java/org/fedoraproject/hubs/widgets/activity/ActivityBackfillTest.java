package org.fedoraproject.hubs.widgets.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first fill from datagrepper, against a local stand-in serving the real datagrepper answer of
 * the fixtures (25 production messages: copr builds of dvdmuckle and przemof, koji tags by yaneti...),
 * paged as asked.
 */
class ActivityBackfillTest {

    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final ActivityBackfill backfill = new ActivityBackfill();
    private HttpServer datagrepper;
    private JsonArray recorded;
    private volatile int status = 200;

    @BeforeEach
    void standIn() throws IOException {
        JsonObject answer = Json.createReader(Files.newBufferedReader(
                Fixtures.dir().resolve("signed/fixtures/sample_datanommer_response.json"))).readObject();
        recorded = answer.getJsonArray("raw_messages");
        datagrepper = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        datagrepper.createContext("/raw", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            int page = Integer.parseInt(query.replaceAll(".*[?&]page=(\\d+).*", "$1"));
            int rows = Integer.parseInt(query.replaceAll(".*[?&]rows_per_page=(\\d+).*", "$1"));
            var messages = Json.createArrayBuilder();
            for (int i = (page - 1) * rows; i < Math.min(page * rows, recorded.size()); i++) {
                messages.add(recorded.get(i));
            }
            byte[] body = Json.createObjectBuilder(answer).add("raw_messages", messages)
                    .add("pages", (recorded.size() + rows - 1) / rows).build()
                    .toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        datagrepper.start();
        backfill.datagrepperUrl = Optional.of("http://127.0.0.1:" + datagrepper.getAddress().getPort() + "/");
        backfill.timeoutMillis = 5000;
    }

    @AfterEach
    void stop() {
        datagrepper.stop(0);
    }

    @Test
    void asksForTheNewestMessagesOfTheAccountsAndKeepsThoseConcerningThem() throws Exception {
        List<BusMessage> found = backfill.latest(Set.of("dvdmuckle"), 10);

        assertThat(queries).containsExactly("user=dvdmuckle&order=desc&rows_per_page=10&page=1");
        assertThat(found).hasSize(4).allMatch(message -> message.topic().startsWith("org.fedoraproject.prod.copr."));
    }

    @Test
    void readsNoMoreMessagesThanItMayKeep() throws Exception {
        List<BusMessage> found = backfill.latest(Set.of("yaneti", "przemof", "someone@example.org"), 20);

        assertThat(queries).hasSize(1).allMatch(query -> query.matches("user=(yaneti&user=przemof|przemof&user=yaneti)"
                + "&order=desc&rows_per_page=20&page=1"));
        // przemof's copr build and yaneti's untag are among the first 20; yaneti's two tags come after
        assertThat(found).extracting(BusMessage::topic)
                .containsExactly("org.fedoraproject.prod.copr.build.end", "org.fedoraproject.prod.buildsys.untag");
    }

    @Test
    void stopsAtDatagreppersLastPage() throws Exception {
        List<BusMessage> found = backfill.latest(Set.of("yaneti"), 150);

        assertThat(queries).containsExactly("user=yaneti&order=desc&rows_per_page=100&page=1");
        assertThat(found).hasSize(3);
    }

    @Test
    void asksNothingForAddressesOnly() throws Exception {
        assertThat(backfill.latest(Set.of("someone@example.org"), 10)).isEmpty();
        assertThat(queries).isEmpty();
    }

    @Test
    void aFailingDatagrepperIsAnIoException() {
        status = 503;

        assertThatThrownBy(() -> backfill.latest(Set.of("ralph"), 10)).isInstanceOf(IOException.class).hasMessageContaining("503");
    }

    @Test
    void isOnlyOnWhenTheBusHasADatagrepper() {
        assertThat(backfill.enabled()).isTrue();
        backfill.datagrepperUrl = Optional.empty();
        assertThat(backfill.enabled()).isFalse();
    }

    @Test
    void theDemosRecordedAnswerHoldsTheHistoryOfRalphAndOfHisTeam() {
        JsonObject answer = Json.createReader(new java.io.StringReader(
                Fixtures.resource("demo/answers/datagrepper/raw-people.json"))).readObject();
        List<JsonObject> raw = answer.getJsonArray("raw_messages").getValuesAs(JsonObject.class);

        assertThat(ActivityBackfill.concerning(raw, Set.of("ralph"), 100)).hasSize(7);
        assertThat(ActivityBackfill.concerning(raw, Set.of("ralph", "pingou", "lmacken"), 100)).hasSize(9);
    }

    @Test
    void keepsTheFirstMessagesConcerningThePeopleAndSkipsWhatIsNoBusMessage() {
        List<JsonObject> raw = List.of(Json.createObjectBuilder().add("topic", "not a topic").build(),
                recorded.getJsonObject(0), recorded.getJsonObject(1), recorded.getJsonObject(4), recorded.getJsonObject(2));

        assertThat(ActivityBackfill.concerning(raw, Set.of("dvdmuckle"), 2)).extracting(BusMessage::topic)
                .containsExactly("org.fedoraproject.prod.copr.build.start", "org.fedoraproject.prod.copr.chroot.start");
    }
}
