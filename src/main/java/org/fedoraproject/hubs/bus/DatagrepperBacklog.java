package org.fedoraproject.hubs.bus;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches the bus messages of a time range from datagrepper's {@code /raw}, oldest first, page by
 * page: how Hubs recovers what it missed while it was down (fedmsg itself keeps nothing). Other
 * readers of datagrepper's history (a widget's backfill) read their pages through {@link #page(String)}.
 */
public final class DatagrepperBacklog {

    private static final Logger LOG = Logger.getLogger(DatagrepperBacklog.class.getName());
    static final int ROWS_PER_PAGE = 100;

    private final String baseUrl;
    private final HttpClient http;
    private final Duration timeout;
    private final int maxPages;
    private final int attempts;
    private final Duration firstRetryPause;

    public DatagrepperBacklog(String baseUrl, Duration timeout, int maxPages) {
        this(baseUrl, timeout, maxPages, 3, Duration.ofSeconds(1));
    }

    DatagrepperBacklog(String baseUrl, Duration timeout, int maxPages, int attempts, Duration firstRetryPause) {
        this.attempts = attempts;
        this.firstRetryPause = firstRetryPause;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
        this.maxPages = maxPages;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** What a recovery got: the messages handed on, and the pages skipped as unreadable. */
    public record Fetched(int messages, int skippedPages) {
    }

    /** One page of a {@code /raw} answer: its messages (the objects of {@code raw_messages}) and how many pages the query has. */
    public record Page(List<JsonObject> messages, int pages) {
    }

    /**
     * Hands every message sent between {@code start} and {@code end} to {@code sink}, in order. A
     * page that cannot be read is asked for again ({@code attempts} times, pausing longer each
     * time), then skipped and counted, and the recovery goes on with the next page.
     *
     * @throws IOException when not even the first page can be read (the size of the gap is unknown)
     */
    public Fetched fetch(Instant start, Instant end, Consumer<JsonObject> sink) throws IOException, InterruptedException {
        int fetched = 0;
        int skipped = 0;
        int pages = 1;
        for (int page = 1; page <= Math.min(pages, maxPages); page++) {
            Page answer;
            try {
                answer = pageWithRetries(start, end, page);
            } catch (IOException e) {
                if (page == 1) {
                    throw e;
                }
                skipped++;
                LOG.log(Level.SEVERE, "Skipping datagrepper page " + page + " of " + pages + " after " + attempts
                        + " attempts: its messages are lost for Hubs", e);
                continue;
            }
            pages = answer.pages();
            answer.messages().forEach(sink);
            fetched += answer.messages().size();
        }
        if (pages > maxPages) {
            LOG.warning("The gap held " + pages + " pages; only the first " + maxPages
                    + " were recovered (hubs.bus.backlog-max-pages)");
        }
        return new Fetched(fetched, skipped);
    }

    private Page pageWithRetries(Instant start, Instant end, int page) throws IOException, InterruptedException {
        Backoff retries = new Backoff(firstRetryPause, firstRetryPause.multipliedBy(1L << attempts));
        for (int attempt = 1; ; attempt++) {
            try {
                return page("start=" + seconds(start) + "&end=" + seconds(end)
                        + "&order=asc&rows_per_page=" + ROWS_PER_PAGE + "&page=" + page);
            } catch (IOException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.warning("Datagrepper page " + page + " could not be read (" + e.getMessage() + "); asking again");
                retries.pause();
            }
        }
    }

    /**
     * Reads one page of {@code /raw?<query>}, once (no retries).
     *
     * @param query the query's parameters, already URL-encoded ({@code user=ralph&order=desc&page=1})
     * @throws IOException when the answer is not HTTP 200 or not a page of messages
     */
    public Page page(String query) throws IOException, InterruptedException {
        URI uri = URI.create(baseUrl + "/raw?" + query);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("datagrepper answered HTTP " + response.statusCode() + " for " + uri);
        }
        try (var reader = JSON.createReader(new StringReader(response.body()))) {
            JsonObject answer = reader.readObject();
            if (answer.getJsonArray("raw_messages") == null) {
                throw new IOException("datagrepper's answer for " + uri + " has no raw_messages");
            }
            List<JsonObject> messages = new ArrayList<>();
            for (JsonValue message : answer.getJsonArray("raw_messages")) {
                if (message.getValueType() == JsonValue.ValueType.OBJECT) {
                    messages.add(message.asJsonObject());
                }
            }
            return new Page(List.copyOf(messages), answer.getInt("pages", 1));
        } catch (RuntimeException e) { // JsonException, ClassCastException, and JSON-P's refusals of deep or huge input
            throw new IOException("datagrepper answered something that is not a page of messages", e);
        }
    }

    private static String seconds(Instant instant) {
        return Long.toString(instant.getEpochSecond());
    }
}
