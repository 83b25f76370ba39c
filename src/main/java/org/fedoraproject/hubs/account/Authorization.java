package org.fedoraproject.hubs.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.fedoraproject.hubs.account.AccessRules.Decision;
import org.fedoraproject.hubs.account.AccessRules.HubFacts;
import org.fedoraproject.hubs.hub.Hub;
import org.fedoraproject.hubs.hub.HubService;
import org.fedoraproject.hubs.hub.MembershipService;
import org.fedoraproject.hubs.hub.Role;
import org.fedoraproject.hubs.web.Problem;

/**
 * The one place every edge asks before it changes something: the current {@link Caller} against
 * {@link AccessRules}, with the hub's facts read from the database. A refusal leaves as a 401 or
 * 403 problem.
 */
@ApplicationScoped
public class Authorization {

    @Inject
    HttpServletRequest request;

    @Inject
    HubService hubs;

    @Inject
    MembershipService memberships;

    public Caller caller() {
        return CallerFilter.of(request);
    }

    /** Whether the caller may change the hub (the page shows its edit mode only then). */
    public boolean mayEdit(Caller caller, Hub hub) {
        return AccessRules.editHub(caller, facts(hub)).allowed();
    }

    public void requireHubEditor(String hub) {
        require(AccessRules.editHub(caller(), facts(hubs.require(hub))));
    }

    public void requireHubCreator(String owner) {
        require(AccessRules.createHub(caller(), owner));
    }

    public void requireMembershipChange(String hub, String user, Role role, boolean grant) {
        require(AccessRules.changeMembership(caller(), facts(hubs.require(hub)), user, role, grant));
    }

    public void requireAdmin() {
        require(AccessRules.administer(caller()));
    }

    private HubFacts facts(Hub hub) {
        return new HubFacts(hub.name(), hub.type(), memberships.owners(hub.name()));
    }

    private static void require(Decision decision) {
        if (!decision.allowed()) {
            throw new Problem(decision.status(), decision.status() == 401 ? "Sign-in required" : "Forbidden",
                    decision.reason(), Map.of());
        }
    }
}
