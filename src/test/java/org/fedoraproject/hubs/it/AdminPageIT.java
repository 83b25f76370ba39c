package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.fedoraproject.hubs.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The operators' page: in Chromium at 1280×1024 every value shows (no card scrolls sideways,
 * times read as times, the rates chart is drawn); dead letters are sent back to their queue or
 * discarded through the admin API.
 */
@RunAsClient
class AdminPageIT extends DeployedHubs {

    @Test
    void atTwelveEightyByTenTwentyFourEveryValueShows() {
        try (Browser browser = new Browser()) {
            browser.driver().manage().window().setSize(new Dimension(1280, 1024));
            browser.signIn(api().uri("/"), PipelineIT.uniqueHub(), "{\"groups\": [\"sysadmin-hubs\"]}");
            browser.driver().get(api().uri("/admin/").toString());
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                    browser.driver().findElements(By.cssSelector("[data-section=ingest] > table")).size() == 1
                            && browser.driver().findElements(By.cssSelector("[data-section=sources] > table")).size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    !browser.driver().findElements(By.cssSelector("svg.rate-chart polyline")).isEmpty());

            @SuppressWarnings("unchecked")
            List<String> cutOff = (List<String>) browser.script("""
                    const cut = [];
                    for (const node of document.querySelectorAll('.card, .card table, .card td, .card th')) {
                      if (node.scrollWidth > node.clientWidth + 1) cut.push(node.closest('.card').dataset.section + ': ' + node.tagName);
                    }
                    if (document.documentElement.scrollWidth > window.innerWidth) cut.push('the page itself');
                    return cut;""");
            assertThat(cutOff).as("elements whose values are cut off").isEmpty();
            Object nanos = browser.script("return [...document.querySelectorAll('.card td')]"
                    + ".some(td => /\\\\d{2}:\\\\d{2}:\\\\d{2}\\\\.\\\\d{4,}/.test(td.textContent));");
            assertThat(nanos).as("a raw nanosecond timestamp on the page").isEqualTo(false);
        }
    }

    @Test
    void deadLettersAreSentBackOrDiscarded() throws Exception {
        HubsApi admin = api().asAdmin();
        String first = PipelineIT.uniqueHub();
        String second = PipelineIT.uniqueHub();
        try (ServiceStandIn bugzilla = new ServiceStandIn();
             BusPublisher bus = new BusPublisher(Integer.getInteger("it.bus.port"))) {
            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
            long firstWidget = api().userHubWithReviews(first, PipelineIT.REPORTER);
            long secondWidget = api().userHubWithReviews(second, PipelineIT.REPORTER);
            PipelineIT.awaitWidget(api(), first, firstWidget, w -> "fresh".equals(w.getString("state")));
            PipelineIT.awaitWidget(api(), second, secondWidget, w -> "fresh".equals(w.getString("state")));

            bugzilla.failWith("bugzilla", 503);
            bus.awaitSubscriber(Duration.ofSeconds(30));
            bus.publishAsNew(PipelineIT.REVIEW_TOPIC, Fixtures.message(PipelineIT.REVIEW_MESSAGE));
            // Both widgets' rebuilds fail five times (1, 2, 4, 8 s apart), then wait as dead letters.
            String firstLetter = awaitDeadLetter(admin, firstWidget);
            String secondLetter = awaitDeadLetter(admin, secondWidget);
            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-under-review.json");

            assertThat(admin.send(HttpRequest.newBuilder(admin.uri("/api/admin/dead-letters/" + firstLetter + "/retry"))
                    .POST(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(204);
            PipelineIT.awaitWidget(api(), first, firstWidget, w -> !w.containsKey("error")
                    && "fresh".equals(w.getString("state")));
            assertThat(admin.delete("/api/admin/dead-letters/" + secondLetter).status()).isEqualTo(204);
            assertThat(deadLetterOf(admin, firstWidget)).isNull();
            assertThat(deadLetterOf(admin, secondWidget)).isNull();
            assertProblem(admin.delete("/api/admin/dead-letters/" + secondLetter), 404);
            assertProblem(api().as("dora").delete("/api/admin/dead-letters/" + secondLetter), 403);
        }
    }

    static String awaitDeadLetter(HubsApi admin, long widget) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> deadLetterOf(admin, widget), Objects::nonNull);
    }

    static String deadLetterOf(HubsApi admin, long widget) {
        return admin.get("/api/admin/status").json().getJsonArray("dead_letters").getValuesAs(JsonObject.class).stream()
                .filter(letter -> String.valueOf(widget).equals(letter.getString("widgetId", null)))
                .map(letter -> letter.getString("id")).findFirst().orElse(null);
    }
}
