package org.fedoraproject.hubs.widgets.builds;

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

/** Copr's API v3, as far as the builds widget needs it: the newest builds of one project. */
@ApplicationScoped
public class CoprClient {

    @Inject
    @ConfigProperty(name = "hubs.copr.url", defaultValue = "https://copr.fedorainfracloud.org")
    String baseUrl;

    /** Where people look at builds, when it is not where the API is (the demo's stand-in has no web UI). */
    @Inject
    @ConfigProperty(name = "hubs.copr.web-url")
    Optional<String> webUrl;

    @Inject
    @ConfigProperty(name = "hubs.services.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private ServiceApi api;

    @PostConstruct
    void connect() {
        api = new ServiceApi("Copr", baseUrl, Duration.ofMillis(timeoutMillis));
    }

    /** The base of links to build pages. */
    public String webUrl() {
        return api.webUrl(webUrl);
    }

    /**
     * {@code /api_3/build/list/?ownername=&projectname=}, the newest first: Copr's
     * {@code {"items": [...], "meta": {...}}}. Copr lists builds per project only.
     */
    public JsonObject newestBuilds(String owner, String project, int limit) throws IOException, InterruptedException {
        JsonValue answer = api.getJson("/api_3/build/list/?ownername=" + encode(owner) + "&projectname=" + encode(project)
                + "&limit=" + limit + "&order=id&order_type=DESC");
        if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IOException("Copr answered something that is not a JSON object");
        }
        return answer.asJsonObject();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
