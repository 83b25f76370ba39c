package org.fedoraproject.hubs.hub;

import java.util.Locale;

/**
 * How a user belongs to a hub. {@code OWNER} and {@code MEMBER} are the two levels of joining (a
 * user holds at most one of them); subscribing and starring are independent of joining.
 */
public enum Role {
    OWNER, MEMBER, SUBSCRIBER, STARGAZER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean joins() {
        return this == OWNER || this == MEMBER;
    }

    public static Role fromKey(String key) {
        for (Role role : values()) {
            if (role.key().equals(key)) {
                return role;
            }
        }
        return null;
    }
}
