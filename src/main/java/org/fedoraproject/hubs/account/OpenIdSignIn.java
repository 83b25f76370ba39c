package org.fedoraproject.hubs.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Sign-in for browsers: the standard Jakarta Security 3.0 OpenID Connect mechanism (authorization
 * code flow, state and nonce, ID token checked against the provider's keys), which WildFly and
 * Payara both implement, so the same WAR signs people in on both. Only {@code /login} requires it
 * (see {@code web.xml}); the provider sends people back to {@code /login/callback} (not protected,
 * or the mechanism would start over instead of taking the code), where {@link LoginServlet} turns
 * the tokens' claims into the session's {@link Caller}. Values come from {@link OpenIdSettings}.
 * The caller's name is {@code preferred_username} (the mechanism falls back to {@code sub}).
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${hubsOidc.issuer}",
        clientId = "${hubsOidc.clientId}",
        clientSecret = "${hubsOidc.clientSecret}",
        redirectURI = "${baseURL}/login/callback",
        scope = {"openid", "profile", "email", "https://id.fedoraproject.org/scope/groups"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class OpenIdSignIn {
}
