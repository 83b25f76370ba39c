package org.fedoraproject.hubs.bus;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.bus.signature.DatagrepperCopies;
import org.fedoraproject.hubs.bus.signature.FedmsgSignatureVerifier;
import org.fedoraproject.hubs.bus.signature.RoutingPolicy;

/**
 * The signature settings: {@code hubs.bus.validate-signatures}, the CA and CRL files, and fedmsg's
 * routing policy (a JSON file {@code {"<topic>": ["<certificate CN>", ...]}}) with its nitpicky flag.
 * A misconfiguration stops the deployment: running unchecked when checks were asked for is worse.
 */
@ApplicationScoped
public class SignatureSettings {

    @Inject
    @ConfigProperty(name = "hubs.bus.validate-signatures", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "hubs.bus.ca-cert")
    Optional<String> caCert;

    @Inject
    @ConfigProperty(name = "hubs.bus.crl")
    Optional<String> crl;

    @Inject
    @ConfigProperty(name = "hubs.bus.routing-policy")
    Optional<String> routingPolicy;

    @Inject
    @ConfigProperty(name = "hubs.bus.routing-nitpicky", defaultValue = "false")
    boolean nitpicky;

    Ingest.SignatureCheck check() {
        if (!enabled) {
            return Ingest.SignatureCheck.NONE;
        }
        String ca = caCert.orElseThrow(() -> new IllegalStateException(
                "hubs.bus.validate-signatures is on but hubs.bus.ca-cert names no CA certificate"));
        try {
            FedmsgSignatureVerifier verifier = FedmsgSignatureVerifier.fromPemFiles(Path.of(ca),
                    crl.map(Path::of).orElse(null), policy(), Clock.systemUTC());
            // datagrepper copies (backlog, replays) carry annotations that were not signed
            return message -> verifier.verify(DatagrepperCopies.restoreAsSigned(message.envelope()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the bus CA or CRL: " + e.getMessage(), e);
        }
    }

    private RoutingPolicy policy() throws IOException {
        if (routingPolicy.isEmpty()) {
            return new RoutingPolicy(Map.of(), nitpicky);
        }
        Map<String, List<String>> allowed = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(Path.of(routingPolicy.get()), StandardCharsets.UTF_8)) {
            JsonObject json = JSON.createReader(in).readObject();
            json.forEach((topic, names) -> allowed.put(topic, names.asJsonArray().getValuesAs(JsonString.class)
                    .stream().map(JsonString::getString).toList()));
        }
        return new RoutingPolicy(allowed, nitpicky);
    }
}
