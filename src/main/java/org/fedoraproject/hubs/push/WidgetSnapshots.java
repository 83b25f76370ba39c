package org.fedoraproject.hubs.push;

import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * What a {@code widget.updated} event carries: the widget as the REST API shows it, if it still
 * exists. The REST edge implements it, so that push does not depend on the edge.
 */
public interface WidgetSnapshots {

    Optional<JsonObject> snapshot(long widgetId);
}
