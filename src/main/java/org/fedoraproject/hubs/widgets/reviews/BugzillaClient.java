package org.fedoraproject.hubs.widgets.reviews;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    private HttpClient http;

    /** The base of links to bugs for people. */
    public String webUrl() {
        return stripSlash(webUrl.orElse(baseUrl));
    }

    /** The open Package Review bugs reported by {@code email}, as Bugzilla answers them. */
    public JsonObject openReviewRequests(String email) throws IOException, InterruptedException {
        URI uri = URI.create(stripSlash(baseUrl) + "/rest/bug?product=Fedora&component=Package%20Review&creator="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + OPEN_STATES + FIELDS);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(timeoutMillis))
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Bugzilla answered HTTP " + response.statusCode());
        }
        try (var reader = JSON.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new IOException("Bugzilla answered something that is not a JSON object", e);
        }
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(timeoutMillis))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return http;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
