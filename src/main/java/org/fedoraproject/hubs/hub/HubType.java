package org.fedoraproject.hubs.hub;

import java.util.Locale;

/** A user's own hub, a team's hub, or a user's private stream. */
public enum HubType {
    USER, TEAM, STREAM;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
