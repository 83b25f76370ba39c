package org.fedoraproject.hubs.widget;

import java.util.List;

/**
 * A kind of widget. Implement it as an {@code @ApplicationScoped} bean and add its view as
 * {@code webapp/static/widgets/<name>.js}: Hubs finds it, lists it in the catalogue, validates
 * instances' configuration against {@link #parameters()} and keeps its functions' values fresh.
 */
public interface WidgetType {

    /** Stable identifier used in the API and stored with instances, e.g. {@code package-reviews}. */
    String name();

    String label();

    String description();

    /** Where the widget goes when added without a column. */
    default Column preferredColumn() {
        return Column.RIGHT;
    }

    List<Parameter> parameters();

    /** The expensive parts, each cached separately; a widget's data is keyed by function id. */
    List<CachedFunction> functions();

    default CachedFunction function(String id) {
        return functions().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }
}
