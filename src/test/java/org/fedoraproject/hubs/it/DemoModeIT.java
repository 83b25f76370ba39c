package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo as a new user sees it, in headless Chromium: a server of its own in demo mode (the
 * replay of recorded bus messages, the services' stand-ins inside the WAR), the demo user's hub and
 * the demo team hub showing every demo widget with data, and widgets changing in place as the
 * replayed messages arrive. Not an Arquillian test: the suite's server must not replay the demo.
 */
class DemoModeIT {

    private static final int PORT_OFFSET = 400;
    private static final List<String> SERVICES = List.of("bugzilla", "badges", "bodhi", "pagure", "github", "fedocal",
            "koji", "copr", "datagrepper");

    @Test
    void theDemoHubsShowEveryWidgetWithDataAndChangeInPlace() throws Exception {
        URI site = URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET));
        List<String> properties = new ArrayList<>(List.of(
                "-Dhubs.demo.enabled=true",
                "-Dhubs.demo.endpoint=tcp://127.0.0.1:19960",
                "-Dhubs.demo.interval-ms=400",
                "-Dhubs.bus.endpoints=tcp://127.0.0.1:19960",
                "-Dhubs.oidc.issuer=" + System.getProperty("it.oidc.issuer"),
                "-Dhubs.oidc.client-id=hubs", "-Dhubs.oidc.client-secret=it-secret"));
        SERVICES.forEach(service -> properties.add("-Dhubs." + service + ".url=" + site + "/demo/api/" + service));
        try (OwnServer server = OwnServer.start("demo-mode-server", PORT_OFFSET, properties);
             Browser browser = new Browser()) {
            Map<String, WebElement> ralph = showsEveryWidgetWithData(browser, server.url().resolve("/u/ralph/"),
                    List.of("activity", "bodhi-updates", "builds", "github", "badges", "about", "my-hubs"));

            browser.script("window.hubsTestMarker = 'same page';");
            Map<String, String> before = renderCounts(ralph);
            // The replay moves the stand-ins and publishes: the bus-fed widgets are drawn again, on this page.
            await().atMost(Duration.ofSeconds(60)).until(() -> changed(before, renderCounts(ralph)).size() >= 2);
            assertThat(browser.script("return window.hubsTestMarker;")).isEqualTo("same page");
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.driver()
                    .findElements(By.cssSelector("section.widget[data-widget-type=activity] li")).isEmpty());

            showsEveryWidgetWithData(browser, server.url().resolve("/t/infrastructure/"),
                    List.of("activity", "pagure", "meetings", "hub-people", "about", "sticky-note"));
            assertThat(browser.driver().findElement(By.cssSelector("section.widget[data-widget-type=hub-people]")).getText())
                    .contains("ralph", "pingou", "lmacken");
        }
    }

    /** Opens the hub and waits until each of these widget types is there, fresh, drawn by its own view. */
    private static Map<String, WebElement> showsEveryWidgetWithData(Browser browser, URI hub, List<String> types) {
        browser.driver().get(hub.toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> types.stream().allMatch(type -> browser.driver()
                .findElements(By.cssSelector("section.widget[data-widget-type=" + type + "][data-state=fresh]")).size() == 1));
        Map<String, WebElement> sections = types.stream().collect(Collectors.toMap(type -> type, type -> browser.driver()
                .findElement(By.cssSelector("section.widget[data-widget-type=" + type + "]"))));
        sections.forEach((type, section) -> {
            assertThat(section.findElements(By.cssSelector(".widget-raw"))).as("%s drawn by its view", type).isEmpty();
            assertThat(section.findElement(By.cssSelector(".widget-content")).getText()).as("%s shows data", type).isNotBlank();
        });
        return sections;
    }

    private static Map<String, String> renderCounts(Map<String, WebElement> sections) {
        return sections.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().getAttribute("data-render-count")));
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(type -> !before.get(type).equals(after.get(type))).toList();
    }
}
