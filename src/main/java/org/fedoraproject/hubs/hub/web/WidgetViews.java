package org.fedoraproject.hubs.hub.web;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Optional;
import org.fedoraproject.hubs.cache.CacheKey;
import org.fedoraproject.hubs.cache.CachedValue;
import org.fedoraproject.hubs.cache.WidgetCache;
import org.fedoraproject.hubs.hub.WidgetDirectory;
import org.fedoraproject.hubs.push.WidgetSnapshots;
import org.fedoraproject.hubs.rebuild.RebuildRequests;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.WidgetCatalog;
import org.fedoraproject.hubs.widget.WidgetType;
import org.fedoraproject.hubs.hub.WidgetRef;

/**
 * What the API and the live events say about a widget: its place and configuration, and its
 * cached data with a state. Reading never waits for a rebuild: a value never computed is requested
 * in the background and the widget reads as {@code loading} until it arrives by push.
 */
@ApplicationScoped
public class WidgetViews implements WidgetSnapshots {

    @Inject
    WidgetDirectory directory;

    @Inject
    WidgetCatalog catalog;

    @Inject
    WidgetCache cache;

    @Inject
    RebuildRequests rebuilds;

    @Override
    public Optional<JsonObject> snapshot(long widgetId) {
        return directory.find(widgetId).map(this::view);
    }

    /** The widget's place in its hub: {@code id, type, label, config, column, index}. */
    public JsonObject summary(WidgetRef widget) {
        return base(widget).build();
    }

    /** The summary plus {@code state}, {@code data}, {@code updated_at} and {@code error}. */
    public JsonObject view(WidgetRef widget) {
        JsonObjectBuilder view = base(widget);
        Optional<WidgetType> type = catalog.find(widget.type());
        if (type.isEmpty()) {
            return view.add("state", "error").addNull("data").addNull("updated_at")
                    .add("error", error("This server has no widget type '" + widget.type() + "'", null))
                    .build();
        }
        JsonObjectBuilder data = JSON.createObjectBuilder();
        boolean missing = false;
        boolean pending = false;
        Instant updatedAt = null;
        CachedValue failure = null;
        for (CachedFunction function : type.get().functions()) {
            CacheKey key = CacheKey.of(widget, function.id());
            CachedValue value = cache.get(key).orElse(null);
            pending |= rebuilds.pending(widget, function);
            if (value != null && value.hasData()) {
                data.add(function.id(), value.data());
                updatedAt = updatedAt == null || value.updatedAt().isAfter(updatedAt) ? value.updatedAt() : updatedAt;
            } else {
                missing = true;
            }
            if (value == null) {
                // Never computed. A failed first computation is retried by the broker, not by readers.
                rebuilds.requestMissing(widget, function);
            }
            if (value != null && value.hasError()) {
                failure = value;
            }
        }
        String state = missing ? (failure != null && !pending ? "error" : "loading")
                : (failure != null || pending ? "stale" : "fresh");
        view.add("state", state);
        if (missing) {
            view.addNull("data").addNull("updated_at");
        } else {
            view.add("data", data).add("updated_at", updatedAt.toString());
        }
        if (failure != null) {
            view.add("error", error(failure.error(), failure.failedAt()));
        }
        return view.build();
    }

    private JsonObjectBuilder base(WidgetRef widget) {
        return JSON.createObjectBuilder()
                .add("id", widget.id())
                .add("type", widget.type())
                .add("label", catalog.find(widget.type()).map(WidgetType::label).orElse(widget.type()))
                .add("config", widget.config().toJson())
                .add("column", widget.column())
                .add("index", widget.index());
    }

    private static JsonObject error(String message, Instant at) {
        JsonObjectBuilder error = JSON.createObjectBuilder().add("message", message);
        return (at == null ? error.addNull("at") : error.add("at", at.toString())).build();
    }
}
