package org.fedoraproject.hubs.hub;

import org.fedoraproject.hubs.EnumKeys;

/** A user's own hub, a team's hub, or a user's private stream. */
public enum HubType {
    USER, TEAM, STREAM;

    public String key() {
        return EnumKeys.key(this);
    }
}
