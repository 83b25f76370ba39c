package org.fedoraproject.hubs.hub;

import org.fedoraproject.hubs.EnumKeys;

/**
 * How a user belongs to a hub. {@code OWNER} and {@code MEMBER} are the two levels of joining (a
 * user holds at most one of them); subscribing and starring are independent of joining.
 */
public enum Role {
    OWNER, MEMBER, SUBSCRIBER, STARGAZER;

    public String key() {
        return EnumKeys.key(this);
    }

    public boolean joins() {
        return this == OWNER || this == MEMBER;
    }
}
