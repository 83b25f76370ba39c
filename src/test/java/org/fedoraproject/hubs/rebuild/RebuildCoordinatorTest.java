package org.fedoraproject.hubs.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class RebuildCoordinatorTest {

    private static final WorkItem ITEM = new WorkItem(7, "main");

    private final ConcurrentHashMap<String, String> states = new ConcurrentHashMap<>();
    private final RebuildCoordinator coordinator = new RebuildCoordinator(states);

    @Test
    void aChangeInAQuietPeriodIsRebuiltAtOnceAndAQuietCoolDownEndsIt() {
        assertThat(coordinator.invalidated(ITEM)).isTrue();
        assertThat(coordinator.pending(ITEM)).isTrue();
        assertThat(coordinator.start(ITEM)).isTrue();
        coordinator.finished(ITEM);
        assertThat(coordinator.pending(ITEM)).isFalse();

        assertThat(coordinator.start(ITEM)).as("end of a quiet cool-down").isFalse();
        assertThat(states).isEmpty();
    }

    @Test
    void invalidationsWhileQueuedCollapseIntoTheQueuedRebuild() {
        assertThat(coordinator.invalidated(ITEM)).isTrue();
        assertThat(coordinator.invalidated(ITEM)).isFalse();
        assertThat(coordinator.invalidated(ITEM)).isFalse();
        assertThat(coordinator.start(ITEM)).isTrue();
    }

    @Test
    void invalidationsDuringTheRebuildOrItsCoolDownCauseOneRebuildWhenTheCoolDownEnds() {
        coordinator.invalidated(ITEM);
        coordinator.start(ITEM);
        assertThat(coordinator.invalidated(ITEM)).isFalse();
        coordinator.finished(ITEM);
        assertThat(coordinator.invalidated(ITEM)).isFalse();
        assertThat(coordinator.pending(ITEM)).isTrue();

        assertThat(coordinator.start(ITEM)).as("end of a dirty cool-down").isTrue();
        coordinator.finished(ITEM);
        assertThat(coordinator.start(ITEM)).isFalse();
        assertThat(states).isEmpty();
    }

    @Test
    void aSecondWorkerNeverRebuildsTheSameValueAtTheSameTime() {
        coordinator.invalidated(ITEM);
        assertThat(coordinator.start(ITEM)).isTrue();

        assertThat(coordinator.start(ITEM)).isFalse(); // e.g. a stale duplicate item
        coordinator.finished(ITEM);
        assertThat(coordinator.start(ITEM)).as("the rebuild the first worker now owes").isTrue();
    }

    @Test
    void anAbandonedRebuildLeavesNothingBehindForTheRedeliveryOrTheNextInvalidation() {
        coordinator.invalidated(ITEM);
        coordinator.start(ITEM);
        coordinator.invalidated(ITEM);

        coordinator.abandoned(ITEM);

        assertThat(coordinator.pending(ITEM)).isFalse();
        assertThat(coordinator.start(ITEM)).as("the broker's redelivery").isTrue();
        coordinator.abandoned(ITEM); // e.g. its last attempt failed too: dead-lettered
        assertThat(coordinator.invalidated(ITEM)).as("the next change is not swallowed").isTrue();
    }

    @Test
    void aBurstOfAThousandInvalidationsCostsOneRebuildPerCoolDown() {
        Deque<WorkItem> now = new ArrayDeque<>();
        int rebuilds = 0;
        for (int i = 0; i < 1000; i++) {
            if (coordinator.invalidated(ITEM)) {
                now.add(ITEM);
            }
            if (i == 10 || i == 500) { // a worker runs what is due; the second time a cool-down has ended
                WorkItem due = now.isEmpty() ? ITEM : now.poll();
                if (coordinator.start(due)) {
                    rebuilds++;
                    coordinator.finished(due);
                }
            }
        }
        if (coordinator.start(ITEM)) { // the end of the last cool-down
            rebuilds++;
            coordinator.finished(ITEM);
        }
        assertThat(coordinator.start(ITEM)).isFalse();
        assertThat(rebuilds).isEqualTo(3);
        assertThat(states).isEmpty();
    }

    @Test
    void aQueueThatFailedToTakeTheItemLeavesNoPendingState() {
        assertThat(coordinator.invalidated(ITEM)).isTrue();
        coordinator.queueFailed(ITEM);
        assertThat(coordinator.invalidated(ITEM)).isTrue();
    }
}
