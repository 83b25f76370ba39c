package org.fedoraproject.hubs.widget;

import org.fedoraproject.hubs.EnumKeys;

/** The two columns of a hub page; the left one is the wider. */
public enum Column {
    LEFT, RIGHT;

    public String key() {
        return EnumKeys.key(this);
    }
}
