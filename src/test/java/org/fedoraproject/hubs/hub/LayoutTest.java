package org.fedoraproject.hubs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.fedoraproject.hubs.hub.Layout.Place;
import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void storedTiesAndGapsAreSettledByIndexThenId() {
        Layout layout = new Layout(Map.of(1L, new Place("right", 1), 2L, new Place("right", 1),
                3L, new Place("right", 7), 4L, new Place("left", 4)));
        assertThat(layout.places()).containsEntry(1L, new Place("right", 0)).containsEntry(2L, new Place("right", 1))
                .containsEntry(3L, new Place("right", 2)).containsEntry(4L, new Place("left", 0));
    }

    @Test
    void aMoveInsertsAtItsPositionClampedAndTheOthersCloseUp() {
        Layout layout = new Layout(Map.of(1L, new Place("left", 0), 2L, new Place("left", 1),
                3L, new Place("left", 2), 4L, new Place("right", 0)));
        layout.place(3L, "left", 0);
        assertThat(layout.places()).containsEntry(3L, new Place("left", 0)).containsEntry(1L, new Place("left", 1))
                .containsEntry(2L, new Place("left", 2));
        layout.place(1L, "right", 99);
        assertThat(layout.places()).containsEntry(1L, new Place("right", 1)).containsEntry(2L, new Place("left", 1));
    }

    @Test
    void anyMovesLeaveEveryColumnNumberedFromZeroWithoutRepeats() {
        Random random = new Random(42);
        Layout layout = new Layout(Map.of());
        for (long id = 1; id <= 8; id++) {
            layout.place(id, id % 2 == 0 ? "left" : "right", null);
        }
        for (int move = 0; move < 500; move++) {
            layout.place(1 + random.nextInt(8), random.nextBoolean() ? "left" : "right", random.nextInt(12) - 2);
            Map<String, java.util.List<Integer>> byColumn = layout.places().values().stream()
                    .collect(Collectors.groupingBy(Place::column, Collectors.mapping(Place::index, Collectors.toList())));
            byColumn.values().forEach(indices -> assertThat(indices).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.range(0, indices.size()).boxed().toList()));
            assertThat(layout.places()).hasSize(8);
        }
    }
}
