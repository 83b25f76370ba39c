package org.fedoraproject.hubs.hub;

/**
 * {@code username} gained or lost a role in {@code hub} (joined, left, subscribed, starred, or got
 * the hub it created). Fired by {@link MembershipService} and {@link HubService} inside their
 * transaction, for observers of the commit (widgets that list people or hubs). Only the server that
 * made the change fires it: what its observers queue (rebuilds) is shared by the cluster, so peers
 * have nothing to catch up on, unlike {@link WidgetChanged#fromPeer()}.
 */
public record MembershipChanged(String hub, String username) {
}
