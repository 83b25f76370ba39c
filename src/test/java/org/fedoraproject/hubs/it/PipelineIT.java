package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.fedoraproject.hubs.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole path on the real server: a bus message published over ZeroMQ reaches ingest, triage,
 * the rebuild worker (which queries the Bugzilla stand-in), the Infinispan cache and the hub's
 * event stream; malformed frames in between are dropped and counted without stopping anything.
 */
@RunAsClient
class PipelineIT extends DeployedHubs {

    static final String REVIEW_MESSAGE = "0001-prod.bugzilla.bug.update.json";
    static final String REVIEW_TOPIC = "org.fedoraproject.prod.bugzilla.bug.update";
    static final String REPORTER = "quantum.analyst@gmail.com";
    static final long BUG = 1488612;

    private static ServiceStandIn bugzilla;
    private static BusPublisher bus;

    @BeforeAll
    static void standIns() throws Exception {
        bugzilla = new ServiceStandIn();
        bus = new BusPublisher(Integer.getInteger("it.bus.port"));
    }

    @AfterAll
    static void stopStandIns() {
        bus.close();
        bugzilla.close();
    }

    @Test
    void aBusMessageRebuildsTheWidgetAndReachesItsViewersWhileMalformedFramesAreDropped() {
        HubsApi api = api();
        String hub = uniqueHub();
        bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
        long widget = api.userHubWithReviews(hub, REPORTER);

        JsonObject first = awaitWidget(api, hub, widget, w -> "fresh".equals(w.getString("state")));
        assertThat(reviews(first, "waiting")).contains(BUG);
        assertThat(bugzilla.requests("bugzilla")).anyMatch(query -> query.contains("creator=quantum.analyst%40gmail.com")
                && query.contains("component=Package%20Review"));

        try (SseClient stream = new SseClient(api.uri("/api/hubs/" + hub + "/events"), Optional.empty())) {
            await().atMost(Duration.ofSeconds(10)).until(stream::connected);
            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-under-review.json");
            bus.awaitSubscriber(Duration.ofSeconds(30));

            bus.sendFrames(REVIEW_TOPIC);
            bus.sendFrames(REVIEW_TOPIC, "{}", "a third frame");
            bus.sendFrames("org.fedoraproject.prod.buildsys.build.state.change", Fixtures.message(REVIEW_MESSAGE));
            bus.sendFrames(REVIEW_TOPIC, "{\"topic\": \"" + REVIEW_TOPIC + "\", \"msg\": ");
            bus.publishAsNew(REVIEW_TOPIC, Fixtures.message(REVIEW_MESSAGE));

            SseClient.Event event = await().atMost(Duration.ofSeconds(20)).until(
                    () -> stream.find(e -> "widget.updated".equals(e.name())
                            && e.json().getJsonNumber("widget_id").longValue() == widget
                            && e.json().containsKey("widget")
                            && reviews(e.json().getJsonObject("widget"), "under_review").contains(BUG)),
                    Optional::isPresent).get();
            assertThat(event.id()).matches("\\d+");
        }

        JsonObject rebuilt = api.get("/api/hubs/" + hub + "/widgets/" + widget).json();
        assertThat(rebuilt.getString("state")).isEqualTo("fresh");
        assertThat(reviews(rebuilt, "under_review")).contains(BUG);
        assertThat(reviews(rebuilt, "waiting")).doesNotContain(BUG);

        JsonObject rejected = api.asAdmin().get("/api/admin/status").json().getJsonObject("ingest").getJsonObject("rejected");
        assertThat(rejected.getJsonNumber("wrong_frame_count").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(rejected.getJsonNumber("topic_mismatch").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(rejected.getJsonNumber("invalid_json").longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void whenBugzillaFailsTheWidgetKeepsItsLastGoodDataWithANotice() {
        HubsApi api = api();
        String hub = uniqueHub();
        bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
        long widget = api.userHubWithReviews(hub, REPORTER);
        awaitWidget(api, hub, widget, w -> "fresh".equals(w.getString("state")));

        try (SseClient stream = new SseClient(api.uri("/api/hubs/" + hub + "/events"), Optional.empty())) {
            await().atMost(Duration.ofSeconds(10)).until(stream::connected);
            bugzilla.failWith("bugzilla", 503);
            bus.awaitSubscriber(Duration.ofSeconds(30));
            bus.publishAsNew(REVIEW_TOPIC, Fixtures.message("0002-prod.bugzilla.bug.update.json"));

            await().atMost(Duration.ofSeconds(20)).until(() -> stream.find(e -> "widget.updated".equals(e.name())
                    && e.json().getJsonNumber("widget_id").longValue() == widget
                    && e.json().getJsonObject("widget").containsKey("error")).isPresent());
        } finally {
            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
        }
        JsonObject failed = api.get("/api/hubs/" + hub + "/widgets/" + widget).json();
        assertThat(failed.getJsonObject("error").getString("message")).contains("503");
        assertThat(reviews(failed, "waiting")).contains(BUG);
    }

    @Test
    void aBurstOfAThousandInvalidationsOfOneWidgetCausesAtMostThreeRebuilds() {
        HubsApi api = api();
        String hub = uniqueHub();
        String email = hub + "@example.org";
        bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
        long widget = api.userHubWithReviews(hub, email);
        awaitWidget(api, hub, widget, w -> "fresh".equals(w.getString("state")));
        String query = "creator=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8);
        long queriesBefore = bugzilla.requests("bugzilla").stream().filter(q -> q.contains(query)).count();
        JsonObject before = api.asAdmin().get("/api/admin/status").json();
        // the recorded message, reported by this test's address, 1000 times as 1000 distinct messages
        String recorded = Fixtures.message(REVIEW_MESSAGE).replace(REPORTER, email);
        bus.awaitSubscriber(Duration.ofSeconds(30));

        for (int i = 0; i < 1000; i++) {
            bus.publishAsNew(REVIEW_TOPIC, recorded);
        }

        await().atMost(Duration.ofSeconds(120)).until(() -> delta(api.asAdmin().get("/api/admin/status").json(), before,
                "triage", "messages") >= 1000);
        awaitWidget(api, hub, widget, w -> "fresh".equals(w.getString("state")));
        long rebuilds = bugzilla.requests("bugzilla").stream().filter(q -> q.contains(query)).count() - queriesBefore;
        assertThat(rebuilds).isBetween(1L, 3L);
    }

    @Test
    void theSameMessageArrivingTwiceIsProcessedOnce() {
        HubsApi api = api();
        JsonObject before = api.asAdmin().get("/api/admin/status").json().getJsonObject("ingest");
        String envelope = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                Fixtures.message("0016-prod.bugzilla.bug.new.json"))).readObject())
                .add("msg_id", "it-duplicate-" + uniqueHub()).build().toString();
        bus.awaitSubscriber(Duration.ofSeconds(30));

        bus.sendFrames("org.fedoraproject.prod.bugzilla.bug.new", envelope);
        bus.sendFrames("org.fedoraproject.prod.bugzilla.bug.new", envelope);

        JsonObject after = await().atMost(Duration.ofSeconds(10)).until(
                () -> api.asAdmin().get("/api/admin/status").json().getJsonObject("ingest"),
                ingest -> delta(ingest, before, "received") == 2);
        assertThat(delta(after, before, "duplicates")).isEqualTo(1);
        assertThat(delta(after, before, "forwarded")).isEqualTo(1);
    }

    @Test
    void idleStreamsGetAHeartbeatCommentEveryInterval() {
        HubsApi api = api();
        String hub = uniqueHub();
        api.signedIn(hub);
        try (SseClient stream = new SseClient(api.uri("/api/hubs/" + hub + "/events"), Optional.empty())) {
            await().atMost(Duration.ofSeconds(10)).until(stream::connected);
            // the suite's server beats every 2 s (hubs.push.heartbeat-seconds); production every 20 s
            await().atMost(Duration.ofSeconds(5)).until(() -> stream.comments().stream()
                    .filter("keepalive"::equals).count() >= 2);
        }
    }

    @Test
    void aBrowserComingBackWithARecentIdGetsWhatItMissedAndAnOldIdGetsResync() {
        HubsApi api = api();
        String hub = uniqueHub();
        bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
        long widget = api.userHubWithReviews(hub, REPORTER);
        awaitWidget(api, hub, widget, w -> "fresh".equals(w.getString("state")));
        String since;
        try (SseClient first = new SseClient(api.uri("/api/hubs/" + hub + "/events"), Optional.empty())) {
            await().atMost(Duration.ofSeconds(10)).until(first::connected);
            api.as(hub).patch("/api/hubs/" + hub + "/widgets/" + widget, "{\"column\": \"left\"}");
            since = await().atMost(Duration.ofSeconds(10)).until(() -> first.find(e -> inColumn(e, "left")),
                    Optional::isPresent).get().id();
        }
        api.as(hub).patch("/api/hubs/" + hub + "/widgets/" + widget, "{\"column\": \"right\"}");

        try (SseClient resumed = new SseClient(api.uri("/api/hubs/" + hub + "/events"), Optional.of(since))) {
            SseClient.Event missed = await().atMost(Duration.ofSeconds(10))
                    .until(() -> resumed.find(e -> inColumn(e, "right")), Optional::isPresent).get();
            assertThat(Long.parseLong(missed.id())).isGreaterThan(Long.parseLong(since));
            assertThat(resumed.events()).noneMatch(e -> "resync".equals(e.name()));
        }
        try (SseClient tooOld = new SseClient(api.uri("/api/hubs/" + hub + "/events"), Optional.of("42"))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> tooOld.find(e -> "resync".equals(e.name())).isPresent());
        }
    }

    private static boolean inColumn(SseClient.Event event, String column) {
        return "widget.updated".equals(event.name()) && event.json().containsKey("widget")
                && column.equals(event.json().getJsonObject("widget").getString("column"));
    }

    static String uniqueHub() {
        return "it-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    static JsonObject awaitWidget(HubsApi api, String hub, long widget, java.util.function.Predicate<JsonObject> until) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/hubs/" + hub + "/widgets/" + widget).json(), until);
    }

    /** The bug ids of one of the reviews widget's lists. */
    static java.util.List<Long> reviews(JsonObject widget, String list) {
        if (widget.isNull("data")) {
            return java.util.List.of();
        }
        return widget.getJsonObject("data").getJsonObject("reviews").getJsonArray(list).stream()
                .map(bug -> bug.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
