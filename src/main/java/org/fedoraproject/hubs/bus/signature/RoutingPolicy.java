package org.fedoraproject.hubs.bus.signature;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which certificates may publish on which topics: fedmsg's {@code routing_policy} (topic to the
 * certificate CNs allowed on it) and {@code routing_nitpicky} (whether a topic the policy does not
 * list is refused rather than open to every certificate the CA issued).
 */
public record RoutingPolicy(Map<String, List<String>> allowedCommonNamesByTopic, boolean nitpicky) {

    /** Every certificate of the CA may publish on every topic (fedmsg's default). */
    public static final RoutingPolicy OPEN = new RoutingPolicy(Map.of(), false);

    public RoutingPolicy {
        allowedCommonNamesByTopic = allowedCommonNamesByTopic.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }

    /** Whether a certificate named {@code commonName} may publish on {@code topic} (null: the envelope has none). */
    public boolean allows(String topic, String commonName) {
        List<String> allowed = topic == null ? null : allowedCommonNamesByTopic.get(topic);
        if (allowed == null) {
            return !nitpicky;
        }
        return allowed.contains(commonName);
    }
}
