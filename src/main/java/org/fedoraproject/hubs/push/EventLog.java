package org.fedoraproject.hubs.push;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * The recent events of one hub, for clients that reconnect with {@code Last-Event-ID}. Bounded:
 * a client whose last id is older than what the log still holds cannot be caught up and must
 * resync. Not thread-safe: its owner serialises access.
 */
final class EventLog {

    private final int capacity;
    private final ArrayDeque<HubEvent> events;
    /** Every event with an id above the floor is still in the log. */
    private long floor;

    /**
     * @param floor the last id issued before this log existed: nothing at or below it can be replayed
     */
    EventLog(int capacity, long floor) {
        this.capacity = capacity;
        this.events = new ArrayDeque<>(capacity);
        this.floor = floor;
    }

    void append(HubEvent event) {
        if (events.size() == capacity) {
            floor = events.removeFirst().id();
        }
        events.addLast(event);
    }

    /**
     * The events after {@code lastSeenId}, or empty when some of them are no longer known (the
     * client must resync). An id from the future is unknown too.
     */
    Optional<List<HubEvent>> after(long lastSeenId, long newestIssuedId) {
        if (lastSeenId < floor || lastSeenId > newestIssuedId) {
            return Optional.empty();
        }
        return Optional.of(events.stream().filter(e -> e.id() > lastSeenId).toList());
    }
}
