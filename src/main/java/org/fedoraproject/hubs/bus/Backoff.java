package org.fedoraproject.hubs.bus;

import java.time.Duration;

/**
 * A pause that doubles after each failure, up to a ceiling, and starts over after a success: how
 * every source here waits before trying again (a send, a connection, a page, the receive loop).
 * Each instance belongs to one thread.
 */
final class Backoff {

    private final Duration first;
    private final Duration ceiling;
    private Duration next;

    Backoff(Duration first, Duration ceiling) {
        this.first = first;
        this.ceiling = ceiling;
        this.next = first;
    }

    /** The pause to take now; the one after it is twice as long, at most the ceiling. */
    Duration next() {
        Duration now = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(ceiling) > 0 ? ceiling : doubled;
        return now;
    }

    /** Sleeps for {@link #next()}. */
    void pause() throws InterruptedException {
        Thread.sleep(next().toMillis());
    }

    void reset() {
        next = first;
    }
}
