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
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.widget.ServiceApi;

/** Datagrepper's {@code /raw} search, for the meetings meetbot completed in a channel. */
@ApplicationScoped
public class DatagrepperClient {

    static final String MEETING_COMPLETE_TOPIC = "org.fedoraproject.prod.meetbot.meeting.complete";

    /** Datagrepper's largest page. */
    static final int ROWS = 100;

    @Inject
    @ConfigProperty(name = "hubs.datagrepper.url", defaultValue = "https://apps.fedoraproject.org/datagrepper")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "hubs.services.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private ServiceApi api;

    @PostConstruct
    void connect() {
        api = new ServiceApi("Datagrepper", baseUrl, Duration.ofMillis(timeoutMillis));
    }

    /**
     * The newest meetings completed since {@code since} whose message contains {@code channel}
     * ({@code {"raw_messages": [...], "total": n, ...}}). {@code contains} is a text search, so
     * {@code #fedora-meeting} also finds {@code #fedora-meeting-1}: the caller picks the exact
     * channel. Datagrepper only allows {@code contains} with a topic and a start at most
     * eight months back.
     */
    JsonObject meetingsCompleted(String channel, Instant since) throws IOException, InterruptedException {
        JsonValue answer = api.getJson("/raw?topic=" + MEETING_COMPLETE_TOPIC
                + "&contains=" + URLEncoder.encode(channel, StandardCharsets.UTF_8)
                + "&start=" + since.getEpochSecond() + "&order=desc&rows_per_page=" + ROWS);
        if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IOException("Datagrepper answered something that is not a JSON object");
        }
        return answer.asJsonObject();
    }
}
