package org.fedoraproject.hubs.bus;

import java.nio.file.Path;

/** Where the bus sources keep the little they remember across restarts: the server's data directory. */
final class StateFiles {

    private StateFiles() {
    }

    /** {@code <server data dir>/hubs/<name>}; the temporary directory outside WildFly. */
    static Path of(String name) {
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "hubs", name);
    }
}
