package org.fedoraproject.hubs.widgets.reviews;

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

/** Bugzilla's REST API, as far as the reviews widget needs it. Every call has a timeout. */
@ApplicationScoped
public class BugzillaClient {

    private static final String OPEN_STATES = "&status=NEW&status=ASSIGNED&status=POST&status=MODIFIED";
    private static final String FIELDS = "&include_fields=id,summary,status,assigned_to,creator,flags,last_change_time";

    @Inject
    @ConfigProperty(name = "hubs.bugzilla.url", defaultValue = "https://bugzilla.redhat.com")
    String baseUrl;

    /** Where people open bugs, when it is not where the API is (the demo's stand-in has no web UI). */
    @Inject
    @ConfigProperty(name = "hubs.bugzilla.web-url")
    Optional<String> webUrl;

    @Inject
    @ConfigProperty(name = "hubs.bugzilla.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private ServiceApi api;

    @PostConstruct
    void connect() {
        api = new ServiceApi("Bugzilla", baseUrl, Duration.ofMillis(timeoutMillis));
    }

    /** The base of links to bugs for people. */
    public String webUrl() {
        return api.webUrl(webUrl);
    }

    /** The open Package Review bugs reported by {@code email}, as Bugzilla answers them. */
    public JsonObject openReviewRequests(String email) throws IOException, InterruptedException {
        JsonValue answer = api.getJson("/rest/bug?product=Fedora&component=Package%20Review&creator="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + OPEN_STATES + FIELDS);
        if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IOException("Bugzilla answered something that is not a JSON object");
        }
        return answer.asJsonObject();
    }
}
