package org.fedoraproject.hubs.widget;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A remote service a widget reads (Bugzilla, Bodhi, Pagure...): its base URL, a timeout on every
 * call and a bound on what it may answer. Outside services are input from outside: an answer that
 * is not HTTP 200, not JSON, or larger than {@link #MAX_ANSWER_BYTES} is an {@link IOException}, which
 * the widget's rebuild reports while the last good value stays on the page.
 */
public final class ServiceApi {

    /** The largest answer read: widgets ask for bounded lists, so more is a broken or hostile service. */
    public static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private final String service;
    private final String baseUrl;
    private final Duration timeout;
    private final Map<String, String> headers;

    /**
     * @param service  the name used in errors ("Bodhi answered HTTP 503")
     * @param baseUrl  where the API is; a trailing slash is ignored
     * @param headers  sent with every request (an API token, say)
     */
    public ServiceApi(String service, String baseUrl, Duration timeout, Map<String, String> headers) {
        this.service = service;
        this.baseUrl = withoutSlash(baseUrl);
        this.timeout = timeout;
        this.headers = Map.copyOf(headers);
    }

    public ServiceApi(String service, String baseUrl, Duration timeout) {
        this(service, baseUrl, timeout, Map.of());
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The base of links for people: {@code configured} ({@code hubs.<service>.web-url}) when the
     * service's pages are not where its API is (the demo's stand-ins have no pages), else the API's.
     */
    public String webUrl(Optional<String> configured) {
        return configured.map(ServiceApi::withoutSlash).orElse(baseUrl);
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** GETs {@code pathAndQuery} (which starts with {@code /}, its values already URL-encoded) as JSON. */
    public JsonValue getJson(String pathAndQuery) throws IOException, InterruptedException {
        return parse(send(request(pathAndQuery).header("Accept", "application/json").GET()));
    }

    /** POSTs {@code body} to {@code path} and returns the answer's text (Koji's XML-RPC, say). */
    public String post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(timeout);
        headers.forEach(builder::header);
        return builder;
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(service + " answered HTTP " + response.statusCode());
            }
            return new String(readBounded(body), StandardCharsets.UTF_8);
        }
    }

    private byte[] readBounded(InputStream body) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] chunk = new byte[16384];
        for (int n; (n = body.read(chunk)) != -1; ) {
            if (read.size() + n > MAX_ANSWER_BYTES) {
                throw new IOException(service + " answered more than " + MAX_ANSWER_BYTES + " bytes");
            }
            read.write(chunk, 0, n);
        }
        return read.toByteArray();
    }

    private JsonValue parse(String text) throws IOException {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new IOException(service + " answered something that is not JSON", e);
        }
    }
}
