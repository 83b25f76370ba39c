package org.fedoraproject.hubs.it;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The build's local OpenID Connect provider (mock-oauth2-server, issuer {@code it.oidc.issuer}), as
 * scripts and browsers use it: access tokens for a user by the password grant, and the real
 * authorization code sign-in of {@code /login}, driven over HTTP with a cookie jar. Users whose
 * name starts with {@code admin-} are in the admin group (see {@code oidc/local-provider.json}).
 */
final class OpenIdProvider {

    static final String CLIENT_ID = "hubs";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private OpenIdProvider() {
    }

    static String issuer() {
        return System.getProperty("it.oidc.issuer");
    }

    /** An access token for {@code user}, as a script would get one (valid for an hour: kept for the run). */
    static String accessToken(String user) {
        return TOKENS.computeIfAbsent(user, name -> token(Map.of("grant_type", "password", "username", name,
                "password", "any", "client_id", CLIENT_ID)).getString("access_token"));
    }

    /** A token from the provider's token endpoint; waits for the provider, which the build starts beside the server. */
    static JsonObject token(Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))).build();
        HttpResponse<String> response = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> HTTP.send(request, HttpResponse.BodyHandlers.ofString()), r -> r.statusCode() == 200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /**
     * Signs {@code user} in to Hubs at {@code base} through {@code /login}, the provider's login page
     * (with {@code claims}, a JSON object or empty) and the callback; returns the browser-like client
     * holding the signed-in session, and the page it ended on.
     */
    static SignedIn signIn(URI base, String user, String claims) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> loginPage = send(browser, HttpRequest.newBuilder(base.resolve("/login")).GET());
        if (loginPage.statusCode() != 200 || !loginPage.uri().toString().startsWith(issuer())) {
            throw new AssertionError("/login did not lead to the provider's login page: " + loginPage.uri());
        }
        HttpResponse<String> landed = send(browser, HttpRequest.newBuilder(loginPage.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("username", user, "claims", claims)))));
        return new SignedIn(browser, landed);
    }

    record SignedIn(HttpClient browser, HttpResponse<String> landed) {
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
