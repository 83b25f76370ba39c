package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, on the real server with the build's real OpenID Connect provider: anonymous
 * writes get 401, other people's hubs 403, self-promotion is refused, only genuine tokens for Hubs
 * are accepted, cross-site browser posts are refused, the admin pages are for admins, live streams
 * are limited per client, and opening a page stores nothing.
 */
@RunAsClient
class SecurityIT extends DeployedHubs {

    @Test
    void anonymousWritesGet401AndReadsAreOpen() {
        HubsApi api = api();
        String alice = PipelineIT.uniqueHub();
        api.signedIn(alice);
        assertThat(api.get("/api/hubs/" + alice).status()).isEqualTo(200);
        assertThat(api.get("/u/" + alice + "/").status()).isEqualTo(200);

        assertProblem(api.post("/api/hubs", "{\"name\": \"" + alice + "-team\", \"owner\": \"" + alice + "\"}"), 401);
        assertProblem(api.patch("/api/hubs/" + alice, "{\"settings\": {\"title\": \"Taken\"}}"), 401);
        assertProblem(api.post("/api/hubs/" + alice + "/widgets", "{\"type\": \"package-reviews\"}"), 401);
        assertProblem(api.put("/api/hubs/" + alice + "/stargazers/" + alice, ""), 401);
        assertProblem(api.delete("/api/hubs/" + alice + "/widgets/1"), 401);
        assertProblem(api.get("/api/me"), 401);
        assertProblem(api.get("/api/admin/status"), 401);
        assertThat(api.get("/api/hubs/" + alice).json().getJsonObject("settings").containsKey("title")).isFalse();
    }

    @Test
    void otherPeoplesHubsGet403AndNobodyMakesThemselvesOwner() {
        HubsApi api = api();
        String alice = PipelineIT.uniqueHub();
        String bob = PipelineIT.uniqueHub();
        api.signedIn(alice);
        HubsApi asAlice = api.as(alice);
        HubsApi asBob = api.as(bob);
        String team = alice + "-team";
        assertThat(asAlice.post("/api/hubs", "{\"name\": \"" + team + "\"}").status()).isEqualTo(201);

        // Alice's user hub, and her team hub: bob changes neither.
        assertProblem(asBob.patch("/api/hubs/" + alice, "{\"settings\": {\"title\": \"Bob's\"}}"), 403);
        assertProblem(asBob.post("/api/hubs/" + alice + "/widgets", "{\"type\": \"package-reviews\"}"), 403);
        assertProblem(asBob.patch("/api/hubs/" + team, "{\"settings\": {\"title\": \"Bob's\"}}"), 403);
        assertProblem(asBob.post("/api/hubs/" + team + "/widgets", "{\"type\": \"package-reviews\"}"), 403);
        assertProblem(asBob.put("/api/hubs/" + team + "/members/carol", ""), 403);
        assertProblem(asBob.put("/api/hubs/" + alice + "/stargazers/" + alice, ""), 403);
        assertProblem(asBob.post("/api/hubs", "{\"name\": \"" + bob + "-team\", \"owner\": \"" + alice + "\"}"), 403);

        // Bob joins as a member (for himself), but cannot promote himself.
        assertThat(asBob.put("/api/hubs/" + team + "/members/" + bob, "").status()).isEqualTo(200);
        assertProblem(asBob.put("/api/hubs/" + team + "/members/" + bob, "{\"role\": \"owner\"}"), 403);
        assertThat(api.get("/api/hubs/" + team).json().getJsonObject("people").getJsonArray("owner").getValuesAs(
                jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString).containsExactly(alice);

        // The owner manages members; an admin may do everything.
        assertThat(asAlice.put("/api/hubs/" + team + "/members/" + bob, "{\"role\": \"owner\"}").status()).isEqualTo(200);
        assertThat(api.asAdmin().patch("/api/hubs/" + alice, "{\"settings\": {\"title\": \"Fixed by an admin\"}}").status())
                .isEqualTo(200);
    }

    @Test
    void onlyGenuineUnexpiredTokensIssuedForHubsAreAccepted() throws Exception {
        HubsApi api = api();
        RSAKey providerKey = providerSigningKey();
        String issuer = OpenIdProvider.issuer();
        Instant now = Instant.now();

        assertThat(api.withToken(token(providerKey, issuer, OpenIdProvider.CLIENT_ID, now.plusSeconds(300), "dora"))
                .get("/api/me").json().getString("name")).as("a well-made token is accepted").isEqualTo("dora");

        RSAKey forger = new RSAKeyGenerator(2048).keyID(providerKey.getKeyID()).generate();
        assertProblem(api.withToken(token(forger, issuer, OpenIdProvider.CLIENT_ID, now.plusSeconds(300), "dora")).get("/api/me"), 401);
        assertProblem(api.withToken(token(providerKey, issuer, OpenIdProvider.CLIENT_ID, now.minusSeconds(600), "dora")).get("/api/me"), 401);
        assertProblem(api.withToken(token(providerKey, "https://elsewhere.example", OpenIdProvider.CLIENT_ID, now.plusSeconds(300), "dora")).get("/api/me"), 401);
        assertProblem(api.withToken(token(providerKey, issuer, "another-app", now.plusSeconds(300), "dora")).get("/api/me"), 401);
        assertProblem(api.withToken("not.a.token").get("/api/me"), 401);
        HubsApi.Reply basic = api.send(HttpRequest.newBuilder(api.uri("/api/me")).header("Authorization", "Basic YTpi").GET());
        assertProblem(basic, 401);

        JsonObject me = api.as("dora").get("/api/me").json();
        assertThat(me.getString("name")).isEqualTo("dora");
        assertThat(me.getBoolean("admin")).isFalse();
        assertThat(api.asAdmin().get("/api/me").json().getBoolean("admin")).isTrue();
    }

    @Test
    void aCrossSiteFormPostIsRefusedEvenForASignedInAdmin() {
        HubsApi admin = api().signedIn(PipelineIT.uniqueHub(), "{\"groups\": [\"sysadmin-hubs\"]}");
        assertThat(admin.get("/api/me").json().getBoolean("admin")).isTrue();

        HubsApi.Reply forged = admin.send(HttpRequest.newBuilder(admin.uri("/api/admin/broker-baseline?messages=2000"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")));
        assertProblem(forged, 403);
        HubsApi.Reply forgedWithoutFetchMetadata = admin.send(HttpRequest.newBuilder(admin.uri("/logout"))
                .header("Origin", "https://attacker.example").POST(HttpRequest.BodyPublishers.noBody()));
        assertProblem(forgedWithoutFetchMetadata, 403);
        assertThat(admin.get("/api/me").status()).as("still signed in").isEqualTo(200);

        HubsApi.Reply ownPage = admin.send(HttpRequest.newBuilder(admin.uri("/api/admin/broker-baseline?messages=10&bytes=100"))
                .header("Origin", admin.uri("/").toString().replaceAll("/$", ""))
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(ownPage.status()).as(ownPage.body()).isEqualTo(200);
        assertProblem(admin.send(HttpRequest.newBuilder(admin.uri("/api/admin/broker-baseline?messages=20000"))
                .POST(HttpRequest.BodyPublishers.noBody())), 422);
    }

    @Test
    void theAdminPagesAreForAdminsOnly() {
        HubsApi api = api();
        HubsApi someone = api.signedIn(PipelineIT.uniqueHub());
        assertThat(someone.get("/admin/").status()).isEqualTo(403);
        assertProblem(someone.get("/api/admin/status"), 403);
        assertProblem(api.as("dora").get("/api/admin/status"), 403);
        assertProblem(api.as("dora").send(HttpRequest.newBuilder(api.uri("/api/admin/broker-baseline?messages=10"))
                .POST(HttpRequest.BodyPublishers.noBody())), 403);
        assertThat(api.asAdmin().get("/api/admin/status").status()).isEqualTo(200);
        HubsApi admin = api.signedIn(PipelineIT.uniqueHub(), "{\"groups\": [\"sysadmin-hubs\"]}");
        assertThat(admin.get("/admin/").status()).isEqualTo(200);
    }

    @Test
    void openingAPageOfSomeoneWhoNeverSignedInStoresNothing() {
        HubsApi api = api();
        String stranger = PipelineIT.uniqueHub();
        HubsApi.Reply page = api.get("/u/" + stranger + "/");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("no hub yet");
        assertProblem(api.get("/api/hubs/" + stranger), 404);
        assertProblem(api.get("/api/users/" + stranger), 404);
        assertThat(api.get("/t/" + stranger + "/").status()).isEqualTo(404);
    }

    @Test
    void everyResponseCarriesTheBrowserProtections() {
        for (String path : List.of("/", "/api/widget-types", "/u/nobody-" + PipelineIT.uniqueHub() + "/", "/static/hub.js")) {
            var headers = api().headers(path);
            assertThat(headers.get("content-security-policy")).as(path)
                    .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(headers.get("x-content-type-options")).as(path).isEqualTo("nosniff");
            assertThat(headers.get("referrer-policy")).as(path).isNotBlank();
        }
    }

    @Test
    void theTwentyFirstStreamFromOneAddressGets429() {
        HubsApi api = api();
        String hub = PipelineIT.uniqueHub();
        api.signedIn(hub);
        URI events = api.uri("/api/hubs/" + hub + "/events");
        // Streams of earlier tests are released once the server notices they are gone (next heartbeat).
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.asAdmin().get("/api/admin/status").json().getJsonObject("streams").getInt("total") == 0);
        long refusedBefore = api.asAdmin().get("/api/admin/status").json().getJsonObject("api")
                .getJsonObject("over_limit").getInt("streams_per_client", 0);
        List<SseClient> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                SseClient stream = new SseClient(events, Optional.empty());
                streams.add(stream);
                await().atMost(Duration.ofSeconds(10)).until(() -> stream.status() == 200);
            }
            SseClient oneTooMany = new SseClient(events, Optional.empty());
            streams.add(oneTooMany);
            await().atMost(Duration.ofSeconds(10)).until(() -> oneTooMany.status() != 0);
            assertThat(oneTooMany.status()).isEqualTo(429);
            assertThat(api.asAdmin().get("/api/admin/status").json().getJsonObject("api").getJsonObject("over_limit")
                    .getInt("streams_per_client")).isEqualTo(refusedBefore + 1);
        } finally {
            streams.forEach(SseClient::close);
        }
    }

    /** The provider's own signing key: its published key, matched in the key file the provider ships with. */
    private static RSAKey providerSigningKey() throws Exception {
        JWKSet published = JWKSet.load(new URL(OpenIdProvider.issuer() + "/jwks"));
        RSAKey publicKey = (RSAKey) published.getKeys().get(0);
        try (InputStream in = SecurityIT.class.getClassLoader().getResourceAsStream("mock-oauth2-server-keys.json")) {
            JWKSet shipped = JWKSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            RSAKey privateKey = shipped.getKeys().stream().map(RSAKey.class::cast)
                    .filter(key -> key.getModulus().equals(publicKey.getModulus())).findFirst().orElseThrow();
            return new RSAKey.Builder(privateKey).keyID(publicKey.getKeyID()).build();
        }
    }

    private static String token(RSAKey key, String issuer, String audience, Instant expires, String user) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer).audience(audience).subject(user).claim("preferred_username", user)
                .issueTime(Date.from(expires.minusSeconds(3600))).expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
