package org.fedoraproject.hubs.hub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a hub's widgets: in each column, the widgets top to bottom, whose {@code index} is
 * their position (0 to n-1). Placing a widget inserts it at the asked position, clamped to the end,
 * and the others of both columns close up; so positions never repeat and never leave gaps.
 */
final class Layout {

    /** Where a widget is: its column and its position in it. */
    record Place(String column, int index) {
    }

    private final Map<String, List<Long>> columns = new LinkedHashMap<>();

    /** The layout as stored: widgets by (column, index, id), so earlier ties and gaps are settled. */
    Layout(Map<Long, Place> stored) {
        stored.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, Place> e) -> e.getValue().index()).thenComparing(Map.Entry::getKey))
                .forEach(e -> column(e.getValue().column()).add(e.getKey()));
    }

    void remove(long widget) {
        columns.values().forEach(ids -> ids.remove(widget));
    }

    /** Puts the widget (moving it if it is placed already) at {@code index} of the column, or at its end when null. */
    void place(long widget, String column, Integer index) {
        remove(widget);
        List<Long> ids = column(column);
        ids.add(index == null ? ids.size() : Math.max(0, Math.min(index, ids.size())), widget);
    }

    /** Every widget's place now. */
    Map<Long, Place> places() {
        Map<Long, Place> places = new LinkedHashMap<>();
        columns.forEach((column, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                places.put(ids.get(i), new Place(column, i));
            }
        });
        return places;
    }

    private List<Long> column(String column) {
        return columns.computeIfAbsent(column, c -> new ArrayList<>());
    }
}
