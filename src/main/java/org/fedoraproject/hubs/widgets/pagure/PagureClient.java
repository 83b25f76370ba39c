package org.fedoraproject.hubs.widgets.pagure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.widget.ServiceApi;

/** Pagure's API 0, as far as the project widget needs it: the open issues and pull requests of a project. */
@ApplicationScoped
public class PagureClient {

    /** How many of each list one request asks for; Pagure allows up to 100. */
    static final int PER_PAGE = 20;

    @Inject
    @ConfigProperty(name = "hubs.pagure.url", defaultValue = "https://pagure.io")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "hubs.services.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private ServiceApi api;

    @PostConstruct
    void connect() {
        api = new ServiceApi("Pagure", baseUrl, Duration.ofMillis(timeoutMillis));
    }

    /** Pagure serves its web pages where its API is. */
    public String webUrl() {
        return api.baseUrl();
    }

    /** {@code /api/0/<project>/issues?status=Open}, as Pagure answers it. */
    JsonObject openIssues(PagureProject project) throws IOException, InterruptedException {
        return object(api.getJson("/api/0/" + project.fullName() + "/issues?status=Open&per_page=" + PER_PAGE));
    }

    /** {@code /api/0/<project>/pull-requests?status=Open}, as Pagure answers it. */
    JsonObject openPullRequests(PagureProject project) throws IOException, InterruptedException {
        return object(api.getJson("/api/0/" + project.fullName() + "/pull-requests?status=Open&per_page=" + PER_PAGE));
    }

    private static JsonObject object(JsonValue answer) throws IOException {
        if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IOException("Pagure answered something that is not a JSON object");
        }
        return answer.asJsonObject();
    }
}
