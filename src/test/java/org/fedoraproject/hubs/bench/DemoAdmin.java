package org.fedoraproject.hubs.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The harnesses act as an admin of the demo: an access token from the demo's OpenID Connect
 * provider ({@code -Dbench.oidc}, default the demo's) for a user in the admin group, sent with every
 * request that changes hubs or reads the operators' API. Hubs are team hubs that the admin creates
 * for their owners (a user's hub only appears at that user's sign-in).
 */
final class DemoAdmin {

    private DemoAdmin() {
    }

    static String accessToken() throws IOException, InterruptedException {
        String issuer = System.getProperty("bench.oidc", "http://127.0.0.1:8180/fedora");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=admin-bench&password=bench&client_id=hubs"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the demo's OpenID Connect provider at " + issuer + " answered "
                    + response.statusCode() + " (run ./mvnw -Pdemo)");
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    /** The request to create a team hub owned by {@code name} (answered 409 when it exists already). */
    static HttpRequest.Builder createHub(URI base, String name) {
        return HttpRequest.newBuilder(base.resolve("/api/hubs")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"owner\":\"" + name + "\"}"));
    }
}
