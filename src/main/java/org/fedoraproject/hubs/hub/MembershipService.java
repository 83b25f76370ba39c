package org.fedoraproject.hubs.hub;

import static org.fedoraproject.hubs.hub.HubService.checkName;
import static org.fedoraproject.hubs.hub.HubService.isValidName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.fedoraproject.hubs.web.Problem;

/**
 * Who belongs to which hub, and how: joining and leaving, subscribing, starring. Every change fires
 * a {@link MembershipChanged}.
 */
@ApplicationScoped
public class MembershipService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    HubService hubs;

    @Inject
    Event<MembershipChanged> changes;

    /** A role held in a hub, with the hub's type: what a user's own lists of hubs show. */
    public record HeldHub(String hub, HubType type, Role role, Instant since) {
    }

    public List<Membership> memberships(String hub) {
        hubs.require(hub);
        return entityManager.createQuery(
                        "select m from Membership m where m.hubName = :hub order by m.role, m.username", Membership.class)
                .setParameter("hub", hub)
                .getResultList();
    }

    public List<Membership> membershipsOf(String username) {
        if (!isValidName(username) || entityManager.find(HubUser.class, username) == null) {
            throw Problem.notFound("Hubs has not seen a user named '" + username + "'");
        }
        return entityManager.createQuery(
                        "select m from Membership m where m.username = :user order by m.hubName, m.role", Membership.class)
                .setParameter("user", username)
                .getResultList();
    }

    /**
     * The hubs {@code username} holds a role in, by hub name, at most {@code limit} of them; none for
     * a user Hubs has not seen.
     */
    public List<HeldHub> hubsOf(String username, int limit) {
        return entityManager.createQuery("select h.name, h.type, m.role, m.since from Membership m, Hub h"
                        + " where h.name = m.hubName and m.username = :user order by h.name, m.role", Object[].class)
                .setParameter("user", username)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new HeldHub((String) row[0], (HubType) row[1], (Role) row[2], (Instant) row[3]))
                .toList();
    }

    /**
     * Gives {@code username} the role in the hub. Joining as owner or member replaces the other of the
     * two; the last owner cannot step down to member. Only team hubs can be joined.
     */
    @Transactional
    public Membership grant(String hub, String username, Role role) {
        Hub target = hubs.require(hub);
        checkName(username, "user");
        if (role.joins() && target.type() != HubType.TEAM) {
            throw new Problem(Response.Status.CONFLICT, "Not a team",
                    "Only team hubs can be joined; '" + hub + "' is a " + target.type().key() + " hub");
        }
        Membership held = entityManager.find(Membership.class, new Membership.Key(hub, username, role));
        if (held != null) {
            return held;
        }
        if (role.joins()) {
            remove(hub, username, role == Role.OWNER ? Role.MEMBER : Role.OWNER);
        }
        hubs.user(username);
        Membership membership = new Membership(hub, username, role);
        entityManager.persist(membership);
        changes.fire(new MembershipChanged(hub, username));
        return membership;
    }

    /** Takes the role away; leaving a hub (owner or member) is refused for its last owner. */
    @Transactional
    public void revoke(String hub, String username, Role role) {
        hubs.require(hub);
        checkName(username, "user");
        boolean removed = false;
        for (Role held : role.joins() ? List.of(Role.OWNER, Role.MEMBER) : List.of(role)) {
            removed |= remove(hub, username, held);
        }
        if (removed) {
            changes.fire(new MembershipChanged(hub, username));
        }
    }

    /** Removes the role if the user holds it, unless it is the hub's last owner; whether it did. */
    private boolean remove(String hub, String username, Role role) {
        Membership held = entityManager.find(Membership.class, new Membership.Key(hub, username, role));
        if (held == null) {
            return false;
        }
        if (role == Role.OWNER && ownerCount(hub) == 1) {
            throw new Problem(Response.Status.CONFLICT, "Last owner",
                    "'" + username + "' is the last owner of '" + hub + "': make someone else owner first");
        }
        entityManager.remove(held);
        return true;
    }

    /** The names of the hub's owners. */
    public Set<String> owners(String hub) {
        return Set.copyOf(entityManager.createQuery(
                        "select m.username from Membership m where m.hubName = :hub and m.role = :role", String.class)
                .setParameter("hub", hub)
                .setParameter("role", Role.OWNER)
                .getResultList());
    }

    private long ownerCount(String hub) {
        return entityManager.createQuery(
                        "select count(m) from Membership m where m.hubName = :hub and m.role = :role", Long.class)
                .setParameter("hub", hub)
                .setParameter("role", Role.OWNER)
                .getSingleResult();
    }
}
