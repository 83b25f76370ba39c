package org.fedoraproject.hubs.rebuild;

import java.util.concurrent.ConcurrentMap;

/**
 * Coalescing, single flight and a cool-down for rebuilds, on a shared map of rebuild states (the
 * Infinispan cache {@code hubs/rebuild-state}, so servers sharing it coordinate too). Per
 * (widget, function):
 *
 * <pre>
 *   (none) --invalidated--> QUEUED --start--> RUNNING --finished--> COOLDOWN --cool-down over--> (none)
 *                                               |                     |
 *                                   invalidated v         invalidated v
 *                                         RUNNING_DIRTY --finished--> COOLDOWN_DIRTY --cool-down over--> RUNNING
 * </pre>
 *
 * A change in a quiet period is rebuilt at once (leading edge). Invalidations while a rebuild is
 * queued collapse into it; while it runs or during the cool-down after it, they collapse into one
 * rebuild when the cool-down ends (trailing edge), and a burst costs one rebuild per cool-down
 * period at most. A failed or dropped rebuild is {@linkplain #abandoned abandoned}: its state is
 * forgotten, so the broker's redelivery or the next invalidation starts afresh. Every transition is a compare-and-set. The map's entries expire
 * (server configuration), so a state left behind by a crashed server cannot block a widget for ever.
 */
public final class RebuildCoordinator {

    static final String QUEUED = "queued";
    static final String RUNNING = "running";
    static final String RUNNING_DIRTY = "running-dirty";
    static final String COOLDOWN = "cooldown";
    static final String COOLDOWN_DIRTY = "cooldown-dirty";

    private final ConcurrentMap<String, String> states;

    public RebuildCoordinator(ConcurrentMap<String, String> states) {
        this.states = states;
    }

    /** The value is stale; {@code true} when the caller must queue a rebuild now. */
    public boolean invalidated(WorkItem item) {
        String key = key(item);
        while (true) {
            String state = states.putIfAbsent(key, QUEUED);
            if (state == null) {
                return true;
            }
            String dirty = switch (state) {
                case RUNNING -> RUNNING_DIRTY;
                case COOLDOWN -> COOLDOWN_DIRTY;
                default -> null; // already queued, or already owed a rebuild: coalesced
            };
            if (dirty == null || states.replace(key, state, dirty)) {
                return false;
            }
            // the state moved on meanwhile: look again
        }
    }

    /** Queuing the rebuild that {@link #invalidated} asked for failed: forget it, the caller retries. */
    public void queueFailed(WorkItem item) {
        states.remove(key(item), QUEUED);
    }

    /**
     * A worker received a work item (a new rebuild, or the end of a cool-down); {@code true} when it
     * must rebuild now. {@code false} when there is nothing to do, or another worker is rebuilding the
     * value right now (it will then owe the rebuild after its cool-down).
     */
    public boolean start(WorkItem item) {
        String key = key(item);
        while (true) {
            String state = states.putIfAbsent(key, RUNNING);
            if (state == null) {
                return true; // the state expired meanwhile: rebuild, to be safe
            }
            switch (state) {
                case QUEUED, COOLDOWN_DIRTY -> {
                    if (states.replace(key, state, RUNNING)) {
                        return true;
                    }
                }
                case COOLDOWN -> {
                    if (states.remove(key, COOLDOWN)) {
                        return false; // a quiet cool-down: nothing changed, nothing to do
                    }
                }
                case RUNNING -> {
                    if (states.replace(key, RUNNING, RUNNING_DIRTY)) {
                        return false;
                    }
                }
                default -> {
                    return false; // RUNNING_DIRTY: the running worker already owes a rebuild
                }
            }
            // lost a race with another transition: look again
        }
    }

    /**
     * The rebuild succeeded and the cool-down begins: the caller must queue a work item for its end,
     * which rebuilds again only if invalidations came meanwhile.
     */
    public void finished(WorkItem item) {
        String key = key(item);
        if (!states.replace(key, RUNNING, COOLDOWN)) {
            states.replace(key, RUNNING_DIRTY, COOLDOWN_DIRTY);
        }
    }

    /**
     * The rebuild failed (its work item goes back to the broker for a later attempt, or to the
     * dead letters after the last one), or its work item was dropped: the value has no rebuild in
     * flight any more. Forgetting the state lets the redelivery, or the next invalidation, start.
     */
    public void abandoned(WorkItem item) {
        states.remove(key(item));
    }

    /** Whether a rebuild is queued, running or owed: readers then know their value is about to change. */
    public boolean pending(WorkItem item) {
        String state = states.get(key(item));
        return state != null && !COOLDOWN.equals(state);
    }

    private static String key(WorkItem item) {
        return item.widgetId() + "/" + item.functionId();
    }
}
