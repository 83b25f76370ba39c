package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.fedoraproject.hubs.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The widget catalogue on the real server: every type is listed with its parameters, reaches
 * {@code fresh} from its service's stand-in when added through the REST API, and a real bus message of
 * its family about the configured person or project pushes {@code widget.updated} for that widget and
 * not for the same type configured for someone else.
 */
@RunAsClient
class WidgetCatalogIT extends DeployedHubs {

    /** A recorded answer the stand-in gives: service, request (path and query), resource. */
    record Answer(String service, String request, String resource) {
    }

    /**
     * A type's check: {@code concerned} is the configuration the corpus {@code message} concerns,
     * {@code unconcerned} one of the same type that it does not.
     */
    record Case(String type, String concerned, String unconcerned, String message, List<Answer> answers) {
    }

    private static ServiceStandIn services;
    private static BusPublisher bus;

    @BeforeAll
    static void standIns() throws Exception {
        services = new ServiceStandIn();
        bus = new BusPublisher(Integer.getInteger("it.bus.port"));
    }

    @AfterAll
    static void stopStandIns() {
        bus.close();
        services.close();
    }

    @Test
    void theCatalogueListsEveryTypeWithItsDescriptionAndParameters() {
        List<JsonObject> types = Json.createReader(new StringReader(api().get("/api/widget-types").body()))
                .readArray().getValuesAs(JsonValue::asJsonObject);
        assertThat(types).extracting(type -> type.getString("name")).contains("package-reviews", "activity", "badges",
                "bodhi-updates", "pagure", "github", "meetings", "builds", "hub-people", "my-hubs", "about", "sticky-note");
        assertThat(types).allSatisfy(type -> {
            assertThat(type.getString("label")).isNotBlank();
            assertThat(type.getString("description")).isNotBlank();
            assertThat(type.getJsonArray("parameters")).isNotNull();
        });
    }

    @Test
    void activityFollowsItsPeople() {
        assertKeptLiveByItsFamily(new Case("activity", "{\"people\": \"ralph\"}", "{\"people\": \"pingou\"}",
                "0603-prod.github.issue.opened.json", List.of()));
    }

    @Test
    void badgesFollowTheirUsersAwards() {
        assertKeptLiveByItsFamily(new Case("badges", "{\"username\": \"ralph\"}", "{\"username\": \"pingou\"}",
                "0502-stg.fedbadges.badge.award.json", List.of(
                        new Answer("badges", "/user/ralph/json", "demo/answers/badges/ralph.json"),
                        new Answer("badges", "/user/pingou/json", "demo/answers/badges/pingou.json"))));
    }

    @Test
    void bodhiUpdatesFollowTheirSubmittersUpdates() {
        assertKeptLiveByItsFamily(new Case("bodhi-updates", "{\"username\": \"ralph\"}", "{\"username\": \"lmacken\"}",
                "0196-prod.bodhi.update.complete.testing.json", List.of(
                        new Answer("bodhi", "/updates/?user=ralph&status=pending", "demo/answers/bodhi/ralph-pending.json"),
                        new Answer("bodhi", "/updates/?status=testing", "demo/answers/bodhi/no-updates.json"),
                        new Answer("bodhi", "/updates/?status=pending", "demo/answers/bodhi/no-updates.json"))));
    }

    @Test
    void buildsFollowTheirOwnersKojiBuilds() {
        assertKeptLiveByItsFamily(new Case("builds", "{\"username\": \"ralph\"}", "{\"username\": \"kevin\"}",
                "0219-prod.buildsys.build.state.change.json", List.of(new Answer("koji", "/", "demo/answers/koji/ralph.xml"))));
    }

    @Test
    void pagureFollowsItsProjectsIssues() {
        assertKeptLiveByItsFamily(new Case("pagure", "{\"project\": \"pagure\"}", "{\"project\": \"pungi\"}",
                "0835-pagureio.prod.pagure.issue.new.json", List.of(
                        new Answer("pagure", "/api/0/pagure/issues?status=Open", "demo/answers/pagure/pagure-issues-open.json"),
                        new Answer("pagure", "/api/0/pagure/pull-requests?status=Open", "demo/answers/pagure/pagure-pull-requests-open.json"),
                        new Answer("pagure", "/api/0/pungi/issues?status=Open", "demo/answers/pagure/pagure-issues-open-before-849.json"),
                        new Answer("pagure", "/api/0/pungi/pull-requests?status=Open", "demo/answers/pagure/pagure-pull-requests-open.json"))));
    }

    @Test
    void githubFollowsItsRepositorysIssues() {
        assertKeptLiveByItsFamily(new Case("github", "{\"repository\": \"fedora-infra/bodhi\"}",
                "{\"repository\": \"fedora-infra/mirrormanager2\"}", "0602-prod.github.issue.labeled.json", List.of(
                        new Answer("github", "/repos/fedora-infra/bodhi/issues?state=open", "demo/answers/github/bodhi-issues-open.json"),
                        new Answer("github", "/repos/fedora-infra/mirrormanager2/issues?state=open",
                                "demo/answers/github/bodhi-issues-open-before-js-label.json"))));
    }

    @Test
    void meetingsFollowTheirCalendarAndChannel() {
        String minutes = "/raw?topic=org.fedoraproject.prod.meetbot.meeting.complete&contains=";
        List<Answer> answers = List.of(
                new Answer("fedocal", "/api/meetings/?calendar=awesome", "demo/answers/fedocal/awesome-meetings.json"),
                new Answer("fedocal", "/api/meetings/?calendar=infrastructure", "demo/answers/fedocal/awesome-no-meetings.json"),
                new Answer("datagrepper", minutes + "%23fedora-meeting", "demo/answers/datagrepper/meeting-complete-fedora-meeting.json"),
                new Answer("datagrepper", minutes + "%23fedora-meeting-1",
                        "demo/answers/datagrepper/meeting-complete-fedora-meeting-before-0714.json"));
        String concerned = "{\"calendar\": \"awesome\", \"channel\": \"#fedora-meeting\"}";
        String unconcerned = "{\"calendar\": \"infrastructure\", \"channel\": \"#fedora-meeting-1\"}";
        assertKeptLiveByItsFamily(new Case("meetings", concerned, unconcerned, "0519-dev.fedocal.meeting.new.json", answers));
        assertKeptLiveByItsFamily(new Case("meetings", concerned, unconcerned, "0714-prod.meetbot.meeting.complete.json", answers));
    }

    @Test
    void hubPeopleAndMyHubsFollowMembershipsWithoutAnyBusMessage() {
        HubsApi api = api();
        String owner = PipelineIT.uniqueHub();
        String fan = PipelineIT.uniqueHub();
        api.signedIn(owner);
        api.signedIn(fan);
        long people = add(api.as(owner), owner, "hub-people", "{}");
        long myHubs = add(api.as(owner), owner, "my-hubs", "{}");
        PipelineIT.awaitWidget(api, owner, people, widget -> "fresh".equals(widget.getString("state")));
        PipelineIT.awaitWidget(api, owner, myHubs, widget -> "fresh".equals(widget.getString("state")));

        try (SseClient stream = new SseClient(api.uri("/api/hubs/" + owner + "/events"), Optional.empty())) {
            await().atMost(Duration.ofSeconds(10)).until(stream::connected);
            assertThat(api.as(fan).put("/api/hubs/" + owner + "/stargazers/" + fan, "").status()).isIn(200, 201, 204);
            assertThat(api.as(owner).put("/api/hubs/" + fan + "/subscribers/" + owner, "").status()).isIn(200, 201, 204);

            await().atMost(Duration.ofSeconds(30)).until(() -> lastData(stream, people)
                    .map(data -> data.getJsonObject("people").getJsonObject("stargazers").toString().contains("\"" + fan + "\""))
                    .orElse(false));
            await().atMost(Duration.ofSeconds(30)).until(() -> lastData(stream, myHubs)
                    .map(data -> data.getJsonObject("hubs").toString().contains("\"" + fan + "\""))
                    .orElse(false));
        }
    }

    @Test
    void aStickyNoteIsMarkdownWithHostileMarkupRemoved() {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        api.signedIn(hub);
        long note = add(api.as(hub), hub, "sticky-note",
                "{\"text\": \"Meeting **Thursday** [agenda](javascript:alert(1)) <img src=x onerror=alert(2)> [docs](https://docs.fedoraproject.org/)\"}");
        JsonObject widget = PipelineIT.awaitWidget(api, hub, note, w -> "fresh".equals(w.getString("state")));
        String html = widget.getJsonObject("data").toString();
        assertThat(html).contains("<strong>Thursday</strong>", "https://docs.fedoraproject.org/", "nofollow")
                .doesNotContain("javascript:", "<img");
    }

    /**
     * Adds the concerned and the unconcerned widget to a new hub, waits until both are fresh, publishes
     * the message, and checks that only the concerned one is pushed.
     */
    private void assertKeptLiveByItsFamily(Case check) {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        check.answers().forEach(answer -> services.record(answer.service(), answer.request(), answer.resource()));
        api.signedIn(hub);
        long concerned = add(api.as(hub), hub, check.type(), check.concerned());
        long unconcerned = add(api.as(hub), hub, check.type(), check.unconcerned());
        PipelineIT.awaitWidget(api, hub, concerned, widget -> "fresh".equals(widget.getString("state")));
        PipelineIT.awaitWidget(api, hub, unconcerned, widget -> "fresh".equals(widget.getString("state")));

        try (SseClient stream = new SseClient(api.uri("/api/hubs/" + hub + "/events"), Optional.empty())) {
            await().atMost(Duration.ofSeconds(10)).until(stream::connected);
            bus.awaitSubscriber(Duration.ofSeconds(30));
            String envelope = Fixtures.message(check.message());
            bus.publishAsNew(Fixtures.topicOf(envelope), envelope);

            await().atMost(Duration.ofSeconds(30)).until(() -> updates(stream, concerned) > 0);
            // The unconcerned widget's rebuild would have been queued by the same triage as the
            // concerned one's: a few seconds more without its event show it was not.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> updates(stream, unconcerned) == 0);
        }
    }

    static long add(HubsApi owner, String hub, String type, String config) {
        HubsApi.Reply created = owner.post("/api/hubs/" + hub + "/widgets",
                "{\"type\": \"" + type + "\", \"config\": " + config + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** The data of the widget's latest {@code widget.updated} event on the stream, if any carried data. */
    static Optional<JsonObject> lastData(SseClient stream, long widget) {
        return stream.events().stream().filter(event -> "widget.updated".equals(event.name())
                        && event.json().getJsonNumber("widget_id").longValue() == widget
                        && event.json().containsKey("widget") && !event.json().getJsonObject("widget").isNull("data"))
                .reduce((first, second) -> second)
                .map(event -> event.json().getJsonObject("widget").getJsonObject("data"));
    }

    static long updates(SseClient stream, long widget) {
        return stream.events().stream().filter(event -> "widget.updated".equals(event.name())
                && event.json().getJsonNumber("widget_id").longValue() == widget).count();
    }
}
