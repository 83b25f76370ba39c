package org.fedoraproject.hubs.widgets.meetings;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.widget.ServiceApi;

/** Fedocal's read-only API: the meetings of a calendar between two dates. */
@ApplicationScoped
public class FedocalClient {

    @Inject
    @ConfigProperty(name = "hubs.fedocal.url", defaultValue = "https://calendar.fedoraproject.org")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "hubs.services.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private ServiceApi api;

    @PostConstruct
    void connect() {
        api = new ServiceApi("Fedocal", baseUrl, Duration.ofMillis(timeoutMillis));
    }

    /** Fedocal serves its calendar pages where its API is. */
    public String webUrl() {
        return api.baseUrl();
    }

    /**
     * {@code /api/meetings/?calendar=<name>&start=<date>&end=<date>} ({@code {"meetings": [...],
     * "arguments": {...}}}); fedocal answers HTTP 400 for a calendar it does not have.
     */
    JsonObject meetings(String calendar, LocalDate from, LocalDate to) throws IOException, InterruptedException {
        JsonValue answer = api.getJson("/api/meetings/?calendar=" + URLEncoder.encode(calendar, StandardCharsets.UTF_8)
                + "&start=" + from + "&end=" + to);
        if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IOException("Fedocal answered something that is not a JSON object");
        }
        return answer.asJsonObject();
    }
}
