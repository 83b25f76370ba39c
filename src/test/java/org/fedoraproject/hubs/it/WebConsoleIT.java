package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.fedoraproject.hubs.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The WildFly web console as operators use it to watch Hubs' queues: signed in with the test
 * server's management user (made by the test provisioning: the pom's {@code it.console.user}),
 * Runtime → the server → Messaging → Server → default lists {@code hubs.inbound},
 * {@code hubs.rebuild}, {@code hubs-dead-letter} and the topic {@code hubs.reload}, and the count of
 * messages added to {@code hubs.inbound} grows when the bus delivers one.
 */
@RunAsClient
class WebConsoleIT extends DeployedHubs {

    private static final URI MANAGEMENT = URI.create("http://127.0.0.1:9990");
    private static final Duration PAGE = Duration.ofSeconds(30);

    @Test
    void hubsDestinationsShowUnderRuntimeMessagingWithTheirCountsMoving() {
        String user = System.getProperty("it.console.user");
        try (Browser browser = new Browser();
             BusPublisher bus = new BusPublisher(Integer.getInteger("it.bus.port"))) {
            ChromeDriver driver = browser.driver();
            signIn(driver, user, System.getProperty("it.console.password"));

            click(driver, By.id("tlc-runtime"));
            click(driver, By.cssSelector("#standalone-server-column li"));
            click(driver, By.id("messaging-activemq"));
            click(driver, By.id("server-item-runtime"));
            click(driver, By.id("msgs-default"));
            List<String> destinations = await().atMost(PAGE).ignoreExceptions()
                    .until(() -> driver.findElements(By.cssSelector("#msg-server-destination-r .item-text")).stream()
                                    .map(WebElement::getText).toList(),
                            names -> !names.isEmpty());
            assertThat(destinations).contains("hubs.inbound", "hubs.rebuild", "hubs-dead-letter", "hubs.reload");

            By inbound = By.cssSelector("#msg-server-destination-r li[data-breadcrumb='hubs.inbound']");
            click(driver, inbound);
            long added = await().atMost(PAGE).ignoreExceptions().until(() -> messagesAdded(driver), count -> count >= 0);
            bus.awaitSubscriber(Duration.ofSeconds(30));
            bus.publishAsNew(PipelineIT.REVIEW_TOPIC, Fixtures.message(PipelineIT.REVIEW_MESSAGE));
            // New counts show after the column's refresh button (the preview's own Refresh keeps the old ones).
            await().atMost(PAGE).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
                driver.findElement(By.id("msg-server-destination-refresh")).click();
                driver.findElement(inbound).click();
                return messagesAdded(driver) > added;
            });
        }
    }

    /**
     * The management interface answers only after HTTP Digest authentication by its realm. The
     * browser answers the challenge of a first visit to {@code /management} with the credentials in
     * the address and keeps them for the console's own calls, as if a person had typed them into
     * the sign-in dialog.
     */
    private static void signIn(ChromeDriver driver, String user, String password) {
        driver.get("http://" + user + ":" + password + "@" + MANAGEMENT.getAuthority() + "/management");
        driver.get(MANAGEMENT.resolve("/console/index.html").toString());
        await().atMost(PAGE).ignoreExceptions()
                .until(() -> driver.findElement(By.id("header-username")).getText(), user::equals);
    }

    /** Clicks once the console has drawn the element (its finder columns load one after another). */
    private static void click(ChromeDriver driver, By element) {
        await().atMost(PAGE).ignoreExceptions().until(() -> {
            driver.findElement(element).click();
            return true;
        });
    }

    /** The "Messages Added" statistic of the selected destination, as its preview shows it. */
    private static long messagesAdded(ChromeDriver driver) {
        return Long.parseLong(driver.findElement(By.xpath("//*[@id='hal-finder-preview']"
                + "//li[span[contains(@class, 'key')][normalize-space()='Messages Added']]/span[contains(@class, 'value')]"))
                .getText().trim());
    }
}
