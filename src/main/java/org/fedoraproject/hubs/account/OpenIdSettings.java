package org.fedoraproject.hubs.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect provider and this client's registration ({@code hubs.oidc.*}), and who is an
 * admin ({@code hubs.admin.groups}). Named, so that the sign-in mechanism's definition reads its
 * values through EL ({@code ${hubsOidc.issuer}}).
 */
@Named("hubsOidc")
@ApplicationScoped
public class OpenIdSettings {

    @Inject
    @ConfigProperty(name = "hubs.oidc.issuer", defaultValue = "https://id.fedoraproject.org")
    String issuer;

    @Inject
    @ConfigProperty(name = "hubs.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "hubs.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "hubs.admin.groups", defaultValue = "sysadmin-hubs")
    String adminGroups;

    private Set<String> admins;

    @PostConstruct
    void readAdminGroups() {
        admins = Arrays.stream(adminGroups.split(",")).map(String::strip)
                .filter(group -> !group.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The issuer without a trailing slash: tokens name it exactly so. */
    public String getIssuer() {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** Discovery document: where the provider lists its endpoints and keys (the mechanism appends the path itself). */
    public String getProviderUri() {
        return getIssuer() + "/.well-known/openid-configuration";
    }

    public String getClientId() {
        return clientId.orElse("");
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    public boolean configured() {
        return clientId.isPresent() && !clientId.get().isBlank();
    }

    public boolean isAdmin(Set<String> groups) {
        return groups.stream().anyMatch(admins::contains);
    }
}
