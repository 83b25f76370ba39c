package org.fedoraproject.hubs.widgets.markdown;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonValue;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.WidgetConfig;

/**
 * The value of a widget that shows one Markdown parameter: {@code {"html": "<p>...</p>"}}, sanitized
 * by {@link MarkdownText}. It depends on the configuration alone, so no bus message invalidates it;
 * a new configuration is computed afresh.
 */
public final class MarkdownFunction implements CachedFunction {

    private final String parameter;

    /** @param parameter the name of the parameter that holds the Markdown */
    public MarkdownFunction(String parameter) {
        this.parameter = parameter;
    }

    @Override
    public String id() {
        return "html";
    }

    @Override
    public JsonValue execute(WidgetConfig config) {
        return JSON.createObjectBuilder().add("html", MarkdownText.toSafeHtml(config.get(parameter))).build();
    }

    @Override
    public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
        return false;
    }

    @Override
    public Hints hints(WidgetConfig config) {
        return Hints.NO_BUS_MESSAGE;
    }
}
