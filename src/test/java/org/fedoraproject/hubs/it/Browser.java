package org.fedoraproject.hubs.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium driven by Debian's chromedriver (nothing is downloaded). */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    Browser() {
        Path profile;
        try {
            profile = Files.createTempDirectory("hubs-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    /**
     * Signs {@code user} in the way a person does: Hubs' {@code /login} leads to the provider's login
     * page, where the name is typed and sent; the provider sends the browser back, signed in, to the
     * user's hub.
     */
    void signIn(URI base, String user) {
        signIn(base, user, null);
    }

    /** The same, typing {@code claims} (a JSON object, e.g. groups) into the provider's login form too. */
    void signIn(URI base, String user, String claims) {
        driver.get(base.resolve("/login").toString());
        WebElement name = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> driver.findElement(By.name("username")), Objects::nonNull);
        name.sendKeys(user);
        if (claims != null) {
            driver.findElement(By.name("claims")).sendKeys(claims);
        }
        name.submit();
        await().atMost(Duration.ofSeconds(30)).until(() -> driver.getCurrentUrl().endsWith("/u/" + user + "/"));
    }

    ChromeDriver driver() {
        return driver;
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
