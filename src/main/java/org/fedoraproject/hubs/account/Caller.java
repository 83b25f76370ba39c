package org.fedoraproject.hubs.account;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is making a request: a signed-in Fedora account (its name, groups and e-mail, as the OpenID
 * Connect provider said) or nobody. {@code admin} comes from {@code hubs.admin.groups}.
 */
public record Caller(String name, Set<String> groups, String email, boolean admin) implements Serializable {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null, false);

    public Caller {
        groups = Set.copyOf(groups);
    }

    public boolean signedIn() {
        return name != null;
    }

    public boolean is(String username) {
        return name != null && name.equals(username);
    }
}
