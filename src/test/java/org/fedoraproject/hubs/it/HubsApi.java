package org.fedoraproject.hubs.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls the server's pages and REST API the way a browser or script would: anonymously, as a
 * script with a user's bearer token ({@link #as}), or as a browser signed in through {@code /login}
 * ({@link #signedIn}).
 */
final class HubsApi {

    /** The admin of the tests: in the provider's admin group. */
    static final String ADMIN = "admin-it";

    record Reply(int status, String contentType, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private static final HttpClient ANONYMOUS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final HttpClient http;
    private final String bearerToken;

    HubsApi(URI base) {
        this(base, ANONYMOUS, null);
    }

    private HubsApi(URI base, HttpClient http, String bearerToken) {
        this.base = base;
        this.http = http;
        this.bearerToken = bearerToken;
    }

    /** The same API called by a script holding {@code user}'s access token. */
    HubsApi as(String user) {
        return withToken(OpenIdProvider.accessToken(user));
    }

    HubsApi asAdmin() {
        return as(ADMIN);
    }

    HubsApi withToken(String token) {
        return new HubsApi(base, ANONYMOUS, token);
    }

    /** The same API called by a browser in which {@code user} signed in (their hub exists from then on). */
    HubsApi signedIn(String user) {
        return signedIn(user, "{}");
    }

    /** The same, with {@code claims} (a JSON object, e.g. groups) typed on the provider's login page. */
    HubsApi signedIn(String user, String claims) {
        OpenIdProvider.SignedIn session = OpenIdProvider.signIn(base, user, claims);
        if (session.landed().statusCode() != 200 || !session.landed().uri().getPath().equals("/u/" + user + "/")) {
            throw new AssertionError("signing in " + user + " ended at " + session.landed().uri() + " with "
                    + session.landed().statusCode());
        }
        return new HubsApi(base, session.browser(), null);
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply patch(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /**
     * Creates a user hub (the user signs in for the first time) with one package-reviews widget,
     * added by the user; returns the widget id.
     */
    long userHubWithReviews(String user, String email) {
        signedIn(user);
        Reply created = as(user).post("/api/hubs/" + user + "/widgets",
                "{\"type\": \"package-reviews\", \"config\": {\"email\": \"" + email + "\"}}");
        if (created.status() != 201) {
            throw new AssertionError("adding the widget answered " + created.status() + ": " + created.body());
        }
        return created.json().getJsonNumber("id").longValue();
    }

    /** All response headers of a GET, by lower-case name (first value). */
    java.util.Map<String, String> headers(String path) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            java.util.Map<String, String> headers = new java.util.TreeMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            return headers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply send(HttpRequest.Builder request) {
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
