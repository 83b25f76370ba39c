package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fedoraproject.hubs.it.DeployedHubs.assertProblem;
import static org.fedoraproject.hubs.it.DeployedHubs.delta;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Hubs on Payara Server 6, its second home: the Payara WAR in the domain the build provisioned
 * ({@code server-config/payara/}: embedded OpenMQ, H2, the settings of the tests), with a bus
 * publisher and service stand-ins of its own, since the suite's WildFly keeps its ports meanwhile.
 * The pipeline from ZeroMQ to the live stream, malformed frames counted on the way; the REST API
 * with good and bad requests; a rebuild that keeps failing, retried by OpenMQ and then a dead letter
 * on the admin page, sent back; a hub page in headless Chromium that updates in place.
 */
class PayaraIT {

    private static ServiceStandIn services;
    private static BusPublisher bus;
    private static PayaraDomain payara;

    @BeforeAll
    static void startPayara() throws Exception {
        services = new ServiceStandIn(Integer.getInteger("payara.it.standins.port"));
        bus = new BusPublisher(Integer.getInteger("payara.it.bus.port"));
        payara = PayaraDomain.start();
    }

    @AfterAll
    static void stopPayara() {
        try (ServiceStandIn stoppedServices = services; BusPublisher stoppedBus = bus; PayaraDomain stopped = payara) {
            // closed in reverse order: the domain first
        }
    }

    private static HubsApi api() {
        return new HubsApi(payara.url());
    }

    @Test
    void aBusMessageReachesTheLiveStreamWhileMalformedFramesAreCountedAndDropped() {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        services.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
        long widget = api.userHubWithReviews(hub, PipelineIT.REPORTER);
        JsonObject first = PipelineIT.awaitWidget(api, hub, widget, w -> "fresh".equals(w.getString("state")));
        assertThat(PipelineIT.reviews(first, "waiting")).contains(PipelineIT.BUG);
        JsonObject before = api.asAdmin().get("/api/admin/status").json().getJsonObject("ingest");

        try (SseClient stream = new SseClient(api.uri("/api/hubs/" + hub + "/events"), Optional.empty())) {
            await().atMost(Duration.ofSeconds(10)).until(stream::connected);
            services.record("bugzilla", "/rest/bug", "bugzilla/quantum-under-review.json");
            bus.awaitSubscriber(Duration.ofSeconds(30));

            bus.sendFrames(PipelineIT.REVIEW_TOPIC);
            bus.sendFrames(PipelineIT.REVIEW_TOPIC, "{\"topic\": \"" + PipelineIT.REVIEW_TOPIC + "\", \"msg\": ");
            bus.publishAsNew(PipelineIT.REVIEW_TOPIC, Fixtures.message(PipelineIT.REVIEW_MESSAGE));

            SseClient.Event event = await().atMost(Duration.ofSeconds(20)).until(
                    () -> stream.find(e -> "widget.updated".equals(e.name())
                            && e.json().getJsonNumber("widget_id").longValue() == widget
                            && e.json().containsKey("widget")
                            && PipelineIT.reviews(e.json().getJsonObject("widget"), "under_review").contains(PipelineIT.BUG)),
                    Optional::isPresent).get();
            assertThat(event.id()).matches("\\d+");
        }

        JsonObject after = api.asAdmin().get("/api/admin/status").json().getJsonObject("ingest");
        assertThat(rejected(after, "wrong_frame_count") - rejected(before, "wrong_frame_count")).isEqualTo(1);
        assertThat(rejected(after, "invalid_json") - rejected(before, "invalid_json")).isEqualTo(1);
        assertThat(delta(after, before, "forwarded")).isEqualTo(1);
        JsonObject rebuilt = api.get("/api/hubs/" + hub + "/widgets/" + widget).json();
        assertThat(PipelineIT.reviews(rebuilt, "under_review")).contains(PipelineIT.BUG);
        assertThat(PipelineIT.reviews(rebuilt, "waiting")).doesNotContain(PipelineIT.BUG);
    }

    /** How many frames ingest dropped for this reason (a reason is listed once it happened). */
    private static long rejected(JsonObject ingest, String reason) {
        return ingest.getJsonObject("rejected").getJsonNumber(reason) == null ? 0
                : ingest.getJsonObject("rejected").getJsonNumber(reason).longValue();
    }

    @Test
    void theRestApiCreatesAndReadsAndAnswersBadRequestsWithProblemDocuments() {
        String hub = PipelineIT.uniqueHub();
        api().signedIn(hub);
        HubsApi owner = api().as(hub);
        String widgets = "/api/hubs/" + hub + "/widgets";

        HubsApi.Reply created = owner.post(widgets,
                "{\"type\": \"package-reviews\", \"config\": {\"email\": \"someone@example.org\"}, \"column\": \"left\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long widget = created.json().getJsonNumber("id").longValue();
        JsonObject read = api().get(widgets + "/" + widget).json();
        assertThat(read.getString("type")).isEqualTo("package-reviews");
        assertThat(read.getString("column")).isEqualTo("left");
        assertThat(read.getJsonObject("config").getString("email")).isEqualTo("someone@example.org");
        JsonObject layout = api().get("/api/hubs/" + hub).json();
        assertThat(layout.getString("type")).isEqualTo("user");
        assertThat(layout.getJsonArray("widgets")).hasSize(1);

        assertProblem(owner.post(widgets, "{\"type\": \"package-reviews\", \"config\": "), 400);
        assertProblem(api().get("/api/hubs/no-such-hub-" + hub), 404);
        assertThat(assertProblem(api().get("/api/hubs/not%20a%20name"), 422).getJsonObject("errors").keySet())
                .containsExactly("hub");
        JsonObject badEmail = assertProblem(owner.post(widgets,
                "{\"type\": \"package-reviews\", \"config\": {\"email\": \"not an address\"}}"), 422);
        assertThat(badEmail.getJsonObject("errors").keySet()).contains("email");
        assertProblem(api().post(widgets, "{\"type\": \"package-reviews\"}"), 401);
        assertProblem(owner.delete(widgets + "/999999999"), 404);
    }

    @Test
    void aRebuildThatKeepsFailingBecomesADeadLetterOnTheAdminPageAndIsSentBack() {
        HubsApi api = api();
        HubsApi admin = api.asAdmin();
        String hub = PipelineIT.uniqueHub();
        String email = hub + "@example.org";
        services.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
        long widget = api.userHubWithReviews(hub, email);
        PipelineIT.awaitWidget(api, hub, widget, w -> "fresh".equals(w.getString("state")));

        services.failWith("bugzilla", 503);
        bus.awaitSubscriber(Duration.ofSeconds(30));
        bus.publishAsNew(PipelineIT.REVIEW_TOPIC, Fixtures.message(PipelineIT.REVIEW_MESSAGE).replace(PipelineIT.REPORTER, email));
        // OpenMQ's resource adapter delivers it five times, 3 s apart (glassfish-ejb-jar.xml), then
        // moves it to the dead message queue, which is what the admin page lists.
        String letter = AdminPageIT.awaitDeadLetter(admin, widget);
        assertThat(admin.get("/api/admin/status").json().getJsonArray("dead_letters").getValuesAs(JsonObject.class))
                .filteredOn(dead -> letter.equals(dead.getString("id")))
                .singleElement().satisfies(dead -> assertThat(dead.getString("from")).isEqualTo("hubs_rebuild"));
        services.record("bugzilla", "/rest/bug", "bugzilla/quantum-under-review.json");

        assertThat(admin.send(HttpRequest.newBuilder(admin.uri("/api/admin/dead-letters/" + letter + "/retry"))
                .POST(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(204);
        JsonObject rebuilt = PipelineIT.awaitWidget(api, hub, widget, w -> !w.containsKey("error")
                && PipelineIT.reviews(w, "under_review").contains(PipelineIT.BUG));
        assertThat(rebuilt.getString("state")).isEqualTo("fresh");
        assertThat(AdminPageIT.deadLetterOf(admin, widget)).isNull();
    }

    @Test
    void theHubPageUpdatesInPlaceFromTheBus() throws Exception {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        try (Browser browser = new Browser()) {
            services.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
            long widget = api.userHubWithReviews(hub, PipelineIT.REPORTER);

            browser.driver().get(api.uri("/u/" + hub + "/").toString());
            String waiting = "#widget-" + widget + " [data-list=waiting] [data-bug-id='" + PipelineIT.BUG + "']";
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.driver().findElements(By.cssSelector(waiting)).isEmpty());
            await().atMost(Duration.ofSeconds(10)).until(() -> "live".equals(
                    browser.driver().findElement(By.id("connection-state")).getAttribute("data-state")));
            browser.script("window.hubsTestMarker = 'same page';");

            services.record("bugzilla", "/rest/bug", "bugzilla/quantum-under-review.json");
            bus.awaitSubscriber(Duration.ofSeconds(30));
            bus.publishAsNew(PipelineIT.REVIEW_TOPIC, Fixtures.message(PipelineIT.REVIEW_MESSAGE));

            String underReview = "#widget-" + widget + " [data-list=under_review] [data-bug-id='" + PipelineIT.BUG + "']";
            await().atMost(Duration.ofSeconds(20)).until(() -> !browser.driver().findElements(By.cssSelector(underReview)).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector(waiting))).isEmpty();
            assertThat(browser.script("return window.hubsTestMarker;")).isEqualTo("same page");
        }
    }
}
