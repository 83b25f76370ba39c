package org.fedoraproject.hubs.widgets.about;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.ParameterType;
import org.fedoraproject.hubs.widget.WidgetType;
import org.fedoraproject.hubs.widgets.markdown.MarkdownFunction;

/** The about widget: the hub's description, written in Markdown. */
@ApplicationScoped
public class AboutWidget implements WidgetType {

    static final String TEXT = "text";

    private final CachedFunction html = new MarkdownFunction(TEXT);

    @Override
    public String name() {
        return "about";
    }

    @Override
    public String label() {
        return "About";
    }

    @Override
    public String description() {
        return "What this hub is about: its description, with Markdown formatting and links.";
    }

    @Override
    public Column preferredColumn() {
        return Column.RIGHT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.optional(TEXT, "Description", ParameterType.TEXT, null,
                        "One line of Markdown: *emphasis*, **bold**, `code`, [links](https://...). Starts as the hub's description.")
                .fromHubSetting("description"));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(html);
    }
}
