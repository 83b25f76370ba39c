package org.fedoraproject.hubs.push;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many live streams may be open: at most {@code perClient} from one client address and
 * {@code total} on this server, so that one client cannot hold the server's connections. A stream
 * holds a permit from its subscription until it closes.
 */
final class StreamPermits {

    /** Which limit refused a stream (the name it is counted under). */
    enum Refusal {
        STREAMS_PER_CLIENT, STREAMS_PER_SERVER
    }

    /** One open stream's share; releasing twice releases once. */
    final class Permit {
        private final String client;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(String client) {
            this.client = client;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                synchronized (StreamPermits.this) {
                    perClientOpen.computeIfPresent(client, (c, open) -> open == 1 ? null : open - 1);
                    totalOpen--;
                }
            }
        }
    }

    private final int perClient;
    private final int total;
    /** Both guarded by this object. */
    private final Map<String, Integer> perClientOpen = new HashMap<>();
    private int totalOpen;

    StreamPermits(int perClient, int total) {
        this.perClient = perClient;
        this.total = total;
    }

    /** A permit for one more stream of {@code client}, or which limit refuses it. */
    synchronized Result acquire(String client) {
        if (totalOpen >= total) {
            return new Result(Optional.empty(), Refusal.STREAMS_PER_SERVER);
        }
        if (perClientOpen.getOrDefault(client, 0) >= perClient) {
            return new Result(Optional.empty(), Refusal.STREAMS_PER_CLIENT);
        }
        perClientOpen.merge(client, 1, Integer::sum);
        totalOpen++;
        return new Result(Optional.of(new Permit(client)), null);
    }

    synchronized int open() {
        return totalOpen;
    }

    record Result(Optional<Permit> permit, Refusal refusal) {
    }
}
