package org.fedoraproject.hubs.admin;

import java.util.Set;

/** Which reported source states belong to live sources (the backlog's states are of a one-off recovery). */
final class BusSources {

    private static final Set<String> RECOVERY_STATES = Set.of("recovering", "done", "failed");

    private BusSources() {
    }

    static boolean live(String state) {
        return state != null && !RECOVERY_STATES.contains(state);
    }
}
