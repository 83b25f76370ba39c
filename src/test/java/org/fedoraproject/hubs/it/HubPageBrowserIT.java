package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.fedoraproject.hubs.Fixtures;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A hub page in real headless Chromium: the reviews widget fills in, then changes in place when a
 * bus message invalidates it, with no navigation and no extra request (the data comes with the
 * event), and the connection indicator says live; after a server restart the page reconnects by
 * itself and catches up.
 */
@RunAsClient
class HubPageBrowserIT extends DeployedHubs {

    @Test
    void theWidgetUpdatesInPlaceFromTheBus() throws Exception {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        try (BugzillaStandIn bugzilla = new BugzillaStandIn(Integer.getInteger("it.bugzilla.port"));
             BusPublisher bus = new BusPublisher(Integer.getInteger("it.bus.port"));
             Browser browser = new Browser()) {
            bugzilla.answerWith("quantum-waiting.json");
            long widget = api.userHubWithReviews(hub, PipelineIT.REPORTER);

            browser.driver().get(api.uri("/u/" + hub + "/").toString());
            String waiting = "#widget-" + widget + " [data-list=waiting] [data-bug-id='" + PipelineIT.BUG + "']";
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.driver().findElements(By.cssSelector(waiting)).isEmpty());
            await().atMost(Duration.ofSeconds(10)).until(() -> "live".equals(
                    browser.driver().findElement(By.id("connection-state")).getAttribute("data-state")));
            browser.script("window.hubsTestMarker = 'same page';");
            long widgetRequests = widgetRequests(browser, widget);

            bugzilla.answerWith("quantum-under-review.json");
            bus.awaitSubscriber(Duration.ofSeconds(30));
            bus.publishAsNew(PipelineIT.REVIEW_TOPIC, Fixtures.message(PipelineIT.REVIEW_MESSAGE));

            String underReview = "#widget-" + widget + " [data-list=under_review] [data-bug-id='" + PipelineIT.BUG + "']";
            await().atMost(Duration.ofSeconds(20)).until(() -> !browser.driver().findElements(By.cssSelector(underReview)).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector(waiting))).isEmpty();
            assertThat(browser.script("return window.hubsTestMarker;")).isEqualTo("same page");
            assertThat(widgetRequests(browser, widget)).isEqualTo(widgetRequests);
            assertThat(browser.driver().findElement(By.cssSelector("#widget-" + widget)).getText())
                    .contains("ghc-esqueleto");
        }
    }

    @Test
    void afterAServerRestartThePageReconnectsByItselfAndCatchesUp(@ArquillianResource ManagementClient management)
            throws Exception {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        try (BugzillaStandIn bugzilla = new BugzillaStandIn(Integer.getInteger("it.bugzilla.port"));
             Browser browser = new Browser()) {
            bugzilla.answerWith("quantum-waiting.json");
            long widget = api.userHubWithReviews(hub, PipelineIT.REPORTER);
            browser.driver().get(api.uri("/u/" + hub + "/").toString());
            String waiting = "#widget-" + widget + " [data-list=waiting] [data-bug-id='" + PipelineIT.BUG + "']";
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.driver().findElements(By.cssSelector(waiting)).isEmpty());
            await().atMost(Duration.ofSeconds(10)).until(() -> "live".equals(connectionState(browser)));
            browser.script("window.hubsTestMarker = 'same page';");

            // Bugzilla changes while the server is away: the page must show it once it is back.
            bugzilla.answerWith("quantum-under-review.json");
            ModelNode reload = new ModelNode();
            reload.get("operation").set("reload");
            management.getControllerClient().execute(reload);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !"live".equals(connectionState(browser)));
            await().atMost(Duration.ofSeconds(120)).until(() -> "live".equals(connectionState(browser)));
            String underReview = "#widget-" + widget + " [data-list=under_review] [data-bug-id='" + PipelineIT.BUG + "']";
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.driver().findElements(By.cssSelector(underReview)).isEmpty());
            assertThat(browser.script("return window.hubsTestMarker;")).isEqualTo("same page");
        }
    }

    private static String connectionState(Browser browser) {
        return browser.driver().findElement(By.id("connection-state")).getAttribute("data-state");
    }

    /** How many times the page fetched the widget over HTTP (the Resource Timing API sees every request). */
    private static long widgetRequests(Browser browser, long widget) {
        return (Long) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/widgets/" + widget + "')).length;");
    }
}
