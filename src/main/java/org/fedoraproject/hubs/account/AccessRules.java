package org.fedoraproject.hubs.account;

import java.util.Set;
import org.fedoraproject.hubs.hub.HubType;
import org.fedoraproject.hubs.hub.Role;

/**
 * Who may change what, as plain decisions (unit-tested as a table). Reading public hubs needs
 * nothing, so only changes are asked about. Admins may do everything; otherwise a user hub is
 * changed by its user and a team hub by its owners; joining, subscribing and starring act for the
 * caller only, except that owners manage their hub's members; nobody makes themselves owner of a
 * hub they do not own. (That the last owner cannot leave is a fact of the data, which the
 * membership service enforces for everyone.)
 */
public final class AccessRules {

    /** What the rules say: allowed, or refused as 401 (sign in first) or 403 (not yours), and why. */
    public record Decision(int status, String reason) {

        static final Decision ALLOWED = new Decision(200, null);

        public boolean allowed() {
            return status == 200;
        }

        static Decision signInFirst(String reason) {
            return new Decision(401, reason);
        }

        static Decision forbidden(String reason) {
            return new Decision(403, reason);
        }
    }

    /** The facts about a hub that the rules need: its name, type and owners. */
    public record HubFacts(String name, HubType type, Set<String> owners) {

        boolean ownedBy(Caller caller) {
            return type == HubType.USER ? caller.is(name) : caller.signedIn() && owners.contains(caller.name());
        }
    }

    private AccessRules() {
    }

    /** Changing a hub's settings or widgets. */
    public static Decision editHub(Caller caller, HubFacts hub) {
        if (!caller.signedIn()) {
            return Decision.signInFirst("Sign in to change hub '" + hub.name() + "'");
        }
        if (caller.admin() || hub.ownedBy(caller)) {
            return Decision.ALLOWED;
        }
        return Decision.forbidden(hub.type() == HubType.USER
                ? "Only " + hub.name() + " changes their own hub"
                : "Only the owners of '" + hub.name() + "' change it");
    }

    /** Creating a team hub owned by {@code owner}. */
    public static Decision createHub(Caller caller, String owner) {
        if (!caller.signedIn()) {
            return Decision.signInFirst("Sign in to create a hub");
        }
        if (caller.admin() || caller.is(owner)) {
            return Decision.ALLOWED;
        }
        return Decision.forbidden("A new hub is owned by whoever creates it, not by '" + owner + "'");
    }

    /** Giving ({@code grant}) or taking away {@code user}'s {@code role} in the hub. */
    public static Decision changeMembership(Caller caller, HubFacts hub, String user, Role role, boolean grant) {
        if (!caller.signedIn()) {
            return Decision.signInFirst("Sign in to join, leave, subscribe or star");
        }
        if (caller.admin()) {
            return Decision.ALLOWED;
        }
        boolean self = caller.is(user);
        boolean owner = hub.ownedBy(caller);
        if (!role.joins()) {
            return self ? Decision.ALLOWED
                    : Decision.forbidden("You subscribe and star for yourself only, not for '" + user + "'");
        }
        if (grant && role == Role.OWNER) {
            return owner ? Decision.ALLOWED
                    : Decision.forbidden("Only the owners of '" + hub.name() + "' make someone an owner");
        }
        if (self || owner) {
            return Decision.ALLOWED; // join or leave yourself; owners add and remove members
        }
        return Decision.forbidden("Only the owners of '" + hub.name() + "' manage its members");
    }

    /** The operators' page and API. */
    public static Decision administer(Caller caller) {
        if (!caller.signedIn()) {
            return Decision.signInFirst("Sign in as an admin");
        }
        return caller.admin() ? Decision.ALLOWED : Decision.forbidden("Only admins see the operators' page");
    }
}
