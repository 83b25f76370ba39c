package org.fedoraproject.hubs.account;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fedoraproject.hubs.hub.HubService;

/**
 * Checks the bearer access tokens of scripts with Nimbus JOSE+JWT: signed by a key of the provider's
 * JWKS (found through its discovery document, cached and refreshed by the library), issued by
 * {@code hubs.oidc.issuer}, for the audience {@code hubs.oidc.client-id}, not expired, and naming a
 * user ({@code preferred_username}).
 */
@ApplicationScoped
public class BearerTokens {

    /** Longer than any real token; a bigger header is refused before any parsing. */
    static final int MAX_TOKEN_CHARS = 16_384;

    @Inject
    OpenIdSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Made at the first token, so the provider need not be up when Hubs starts. */
    private volatile ConfigurableJWTProcessor<SecurityContext> processor;

    /** The caller the token speaks for; {@link InvalidTokenException} says why it is not accepted. */
    public Caller verify(String token) throws InvalidTokenException {
        if (token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            throw new InvalidTokenException("the token is empty or too long");
        }
        JWTClaimsSet claims;
        try {
            claims = processor().process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("the token is not a JWT");
        } catch (BadJOSEException e) {
            throw new InvalidTokenException(e.getMessage());
        } catch (JOSEException e) {
            throw new InvalidTokenException("the token could not be checked: " + e.getMessage());
        }
        String name;
        Set<String> groups = new LinkedHashSet<>();
        try {
            name = claims.getStringClaim("preferred_username");
            List<String> listed = claims.getStringListClaim("groups");
            if (listed != null) {
                groups.addAll(listed);
            }
            String email = claims.getStringClaim("email");
            if (name == null || !HubService.isValidName(name)) {
                throw new InvalidTokenException("the token names no Fedora user (preferred_username)");
            }
            return new Caller(name, groups, email, settings.isAdmin(groups));
        } catch (ParseException e) {
            throw new InvalidTokenException("the token's claims have the wrong types");
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() throws InvalidTokenException {
        ConfigurableJWTProcessor<SecurityContext> current = processor;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (processor == null) {
                processor = newProcessor(jwksUri());
            }
            return processor;
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> newProcessor(URL jwks) {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwks).retrying(true).build();
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256,
                        JWSAlgorithm.ES384, JWSAlgorithm.PS256), keys));
        jwt.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.getClientId(),
                new JWTClaimsSet.Builder().issuer(settings.getIssuer()).build(), Set.of("exp", "sub")));
        return jwt;
    }

    /** The provider's key set address, from its discovery document. */
    private URL jwksUri() throws InvalidTokenException {
        if (!settings.configured()) {
            throw new InvalidTokenException("sign-in is not configured on this server (hubs.oidc.client-id)");
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.getProviderUri()))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new InvalidTokenException("the provider's discovery document answered " + response.statusCode());
            }
            JsonObject discovery = JSON.createReader(new StringReader(response.body())).readObject();
            return URI.create(discovery.getString("jwks_uri")).toURL();
        } catch (IOException | RuntimeException e) {
            throw new InvalidTokenException("the provider's discovery document could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidTokenException("interrupted while reading the provider's discovery document");
        }
    }
}
