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
import org.openqa.selenium.WebElement;

/**
 * A hub page in real headless Chromium: the reviews widget fills in, then changes in place when a
 * bus message invalidates it, with no navigation and no extra request (the data comes with the
 * event), and the connection indicator says live; after a server restart the page reconnects by
 * itself and catches up. In edit mode, a widget is added from the catalogue, configured through its
 * generated form (the server's validation shown next to the field), moved and removed.
 */
@RunAsClient
class HubPageBrowserIT extends DeployedHubs {

    /** Another reporter, with another recording: puiterwijk's open review request. */
    private static final String OTHER_REPORTER = "puiterwijk@gmail.com";
    private static final long OTHER_REPORTERS_BUG = 968947;

    @Test
    void theWidgetUpdatesInPlaceFromTheBus() throws Exception {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        try (ServiceStandIn bugzilla = new ServiceStandIn();
             BusPublisher bus = new BusPublisher(Integer.getInteger("it.bus.port"));
             Browser browser = new Browser()) {
            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
            long widget = api.userHubWithReviews(hub, PipelineIT.REPORTER);

            browser.driver().get(api.uri("/u/" + hub + "/").toString());
            String waiting = "#widget-" + widget + " [data-list=waiting] [data-bug-id='" + PipelineIT.BUG + "']";
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.driver().findElements(By.cssSelector(waiting)).isEmpty());
            await().atMost(Duration.ofSeconds(10)).until(() -> "live".equals(
                    browser.driver().findElement(By.id("connection-state")).getAttribute("data-state")));
            browser.script("window.hubsTestMarker = 'same page';");
            long widgetRequests = widgetRequests(browser, widget);

            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-under-review.json");
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
        try (ServiceStandIn bugzilla = new ServiceStandIn();
             Browser browser = new Browser()) {
            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
            long widget = api.userHubWithReviews(hub, PipelineIT.REPORTER);
            browser.driver().get(api.uri("/u/" + hub + "/").toString());
            String waiting = "#widget-" + widget + " [data-list=waiting] [data-bug-id='" + PipelineIT.BUG + "']";
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.driver().findElements(By.cssSelector(waiting)).isEmpty());
            await().atMost(Duration.ofSeconds(10)).until(() -> "live".equals(connectionState(browser)));
            browser.script("window.hubsTestMarker = 'same page';");

            // Bugzilla changes while the server is away: the page must show it once it is back.
            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-under-review.json");
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

    @Test
    void inEditModeAWidgetIsAddedConfiguredMovedAndRemoved() throws Exception {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        try (ServiceStandIn bugzilla = new ServiceStandIn();
             Browser browser = new Browser()) {
            bugzilla.record("bugzilla", "/rest/bug?creator=" + PipelineIT.REPORTER, "bugzilla/quantum-waiting.json");
            bugzilla.record("bugzilla", "/rest/bug?creator=" + OTHER_REPORTER, "bugzilla/puiterwijk-waiting.json");
            // Anonymous visitors read the hub but get no edit mode; its user, signed in, does.
            api.signedIn(hub);
            browser.driver().get(api.uri("/u/" + hub + "/").toString());
            awaitElement(browser, "#account #sign-in");
            assertThat(browser.driver().findElement(By.id("edit-toggle")).isDisplayed()).isFalse();
            browser.signIn(api.uri("/"), hub);
            awaitElement(browser, "#account .account-name");
            assertThat(browser.driver().findElement(By.id("account")).getText()).contains("Signed in as " + hub);
            awaitElement(browser, "#edit-toggle:not([hidden])").click();
            awaitElement(browser, "#add-widget-type option[value='package-reviews']").click();

            // The server's rule is shown next to the field, and nothing is added.
            WebElement email = awaitElement(browser, "#add-widget input[name=email]");
            email.sendKeys("not an address");
            browser.driver().findElement(By.cssSelector("#add-widget .form-submit")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.driver()
                    .findElement(By.cssSelector("#add-widget .field-error[data-field=email]")).getText().isBlank());
            assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver().findElements(By.cssSelector("section.widget"))).isEmpty();

            email.clear();
            email.sendKeys(PipelineIT.REPORTER);
            browser.driver().findElement(By.cssSelector("#add-widget .form-submit")).click();
            WebElement section = awaitElement(browser, "section.widget[data-widget-type=package-reviews]");
            String widget = "#" + section.getAttribute("id");
            awaitElement(browser, widget + " [data-list=waiting] [data-bug-id='" + PipelineIT.BUG + "']");

            // A new address: its reviews replace the old address's, in place.
            browser.driver().findElement(By.cssSelector(widget + " .widget-configure")).click();
            WebElement newEmail = awaitElement(browser, widget + " .widget-config input[name=email]");
            assertThat(newEmail.getAttribute("value")).isEqualTo(PipelineIT.REPORTER);
            newEmail.clear();
            newEmail.sendKeys(OTHER_REPORTER);
            browser.driver().findElement(By.cssSelector(widget + " .widget-config .form-submit")).click();
            awaitElement(browser, widget + " [data-bug-id='" + OTHER_REPORTERS_BUG + "']");
            assertThat(browser.driver().findElements(By.cssSelector(widget + " [data-bug-id='" + PipelineIT.BUG + "']"))).isEmpty();
            assertThat(api.get("/api/hubs/" + hub).body()).contains(OTHER_REPORTER);

            browser.driver().findElement(By.cssSelector(widget + " .widget-move-column")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver()
                    .findElements(By.cssSelector("#column-left " + widget)).size() == 1);
            assertThat(api.get("/api/hubs/" + hub).json().getJsonArray("widgets").getJsonObject(0).getString("column"))
                    .isEqualTo("left");

            browser.driver().findElement(By.cssSelector(widget + " .widget-remove")).click();
            browser.driver().switchTo().alert().accept();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().findElements(By.cssSelector(widget)).isEmpty());
            assertThat(api.get("/api/hubs/" + hub).json().getJsonArray("widgets")).isEmpty();
        }
    }

    @Test
    void aTeamHubIsCreatedFromTheLandingPageAndListedThere() throws Exception {
        HubsApi api = api();
        String team = PipelineIT.uniqueHub();
        String founder = team + "-founder";
        try (Browser browser = new Browser()) {
            browser.signIn(api.uri("/"), founder);
            browser.driver().get(api.uri("/").toString());
            WebElement form = awaitElement(browser, "#create-team");
            form.findElement(By.name("name")).sendKeys("not a team name");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    browser.driver().findElement(By.id("create-team-error")).getText().startsWith("name "));

            form.findElement(By.name("name")).clear();
            form.findElement(By.name("name")).sendKeys(team);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().getCurrentUrl().endsWith("/t/" + team + "/"));
            awaitElement(browser, "#edit-toggle:not([hidden])");
            assertThat(api.get("/api/hubs/" + team).json().getJsonObject("people").getJsonArray("owner").getString(0))
                    .isEqualTo(founder);

            browser.driver().get(api.uri("/").toString());
            awaitElement(browser, "#team-hubs a[href$='/t/" + team + "/']");
        }
    }

    private static WebElement awaitElement(Browser browser, String css) {
        return await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> browser.driver().findElement(By.cssSelector(css)), java.util.Objects::nonNull);
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
