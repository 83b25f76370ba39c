package org.fedoraproject.hubs.widgets.badges;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.widget.ServiceApi;

/** Fedora Badges (Tahrir), as far as the badges widget needs it: a person's JSON page. */
@ApplicationScoped
public class BadgesClient {

    @Inject
    @ConfigProperty(name = "hubs.badges.url", defaultValue = "https://badges.fedoraproject.org")
    String baseUrl;

    /** Where people look at badges, when it is not where the API is (the demo's stand-in has no web UI). */
    @Inject
    @ConfigProperty(name = "hubs.badges.web-url")
    Optional<String> webUrl;

    @Inject
    @ConfigProperty(name = "hubs.services.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private ServiceApi api;

    @PostConstruct
    void connect() {
        api = new ServiceApi("Fedora Badges", baseUrl, Duration.ofMillis(timeoutMillis));
    }

    /** The base of links to badge and user pages. */
    public String webUrl() {
        return api.webUrl(webUrl);
    }

    /**
     * Tahrir's {@code /user/<name>/json}: {@code user}, {@code percent_earned}, {@code rank},
     * {@code assertions}... Tahrir answers 404 for a person it does not know or who opted out.
     */
    public JsonObject user(String username) throws IOException, InterruptedException {
        JsonValue answer = api.getJson("/user/" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "/json");
        if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IOException("Fedora Badges answered something that is not a JSON object");
        }
        return answer.asJsonObject();
    }
}
