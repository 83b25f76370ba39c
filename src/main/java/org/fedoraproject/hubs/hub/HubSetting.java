package org.fedoraproject.hubs.hub;

import org.fedoraproject.hubs.widget.ParameterType;

/** The settings a hub may have, each with the rule its value must meet. */
public enum HubSetting {
    TITLE(ParameterType.TEXT),
    DESCRIPTION(ParameterType.TEXT),
    BUGZILLA_EMAIL(ParameterType.EMAIL),
    PAGURE_USERNAME(ParameterType.USERNAME),
    GITHUB_USERNAME(ParameterType.TEXT);

    private final ParameterType type;

    HubSetting(ParameterType type) {
        this.type = type;
    }

    public ParameterType type() {
        return type;
    }
}
