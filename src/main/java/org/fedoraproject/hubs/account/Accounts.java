package org.fedoraproject.hubs.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedoraproject.hubs.hub.HubService;

/** What signing in does: a user's first sign-in gives them their hub. */
@ApplicationScoped
public class Accounts {

    @Inject
    HubService hubs;

    public void signedIn(Caller caller) {
        try {
            hubs.userHub(caller.name(), caller.email());
        } catch (RuntimeException e) {
            // Two first sign-ins at once (two tabs): the other one's hub won. Anything else is a real failure.
            if (hubs.find(caller.name()).isEmpty()) {
                throw e;
            }
        }
    }
}
