package org.fedoraproject.hubs.widgets.bodhi;

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

/** Bodhi's REST API, as far as the updates widget needs it: one page of a person's updates in a status. */
@ApplicationScoped
public class BodhiClient {

    /** One page, the newest first: more updates waiting at once than this is not a list anyone reads. */
    static final int ROWS_PER_PAGE = 20;

    @Inject
    @ConfigProperty(name = "hubs.bodhi.url", defaultValue = "https://bodhi.fedoraproject.org")
    String baseUrl;

    /** Where people read updates, when it is not where the API is (the demo's stand-in has no web UI). */
    @Inject
    @ConfigProperty(name = "hubs.bodhi.web-url")
    Optional<String> webUrl;

    @Inject
    @ConfigProperty(name = "hubs.services.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private ServiceApi api;

    @PostConstruct
    void connect() {
        api = new ServiceApi("Bodhi", baseUrl, Duration.ofMillis(timeoutMillis));
    }

    /** The base of links to update and user pages. */
    public String webUrl() {
        return api.webUrl(webUrl);
    }

    /** {@code /updates/?user=<name>&status=<status>}: Bodhi's {@code {"updates": [...], "total", "page"...}}. */
    public JsonObject updates(String username, String status) throws IOException, InterruptedException {
        JsonValue answer = api.getJson("/updates/?user=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&status=" + status + "&rows_per_page=" + ROWS_PER_PAGE);
        if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IOException("Bodhi answered something that is not a JSON object");
        }
        return answer.asJsonObject();
    }
}
