package org.fedoraproject.hubs.widgets.stickynote;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.ParameterType;
import org.fedoraproject.hubs.widget.WidgetType;
import org.fedoraproject.hubs.widgets.markdown.MarkdownFunction;

/** The sticky note: a short Markdown note the hub's owners pin on the page. */
@ApplicationScoped
public class StickyNoteWidget implements WidgetType {

    static final String TEXT = "text";

    private final CachedFunction html = new MarkdownFunction(TEXT);

    @Override
    public String name() {
        return "sticky-note";
    }

    @Override
    public String label() {
        return "Sticky note";
    }

    @Override
    public String description() {
        return "A short note pinned on the hub: a reminder, a meeting link, a welcome for newcomers.";
    }

    @Override
    public Column preferredColumn() {
        return Column.RIGHT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.required(TEXT, "Note", ParameterType.TEXT,
                "One line of Markdown, at most 500 characters: *emphasis*, **bold**, `code`, [links](https://...)."));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(html);
    }
}
