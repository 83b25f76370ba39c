package org.fedoraproject.hubs.widgets.stickynote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.InvalidConfigException;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;

class StickyNoteWidgetTest {

    private final StickyNoteWidget widget = new StickyNoteWidget();
    private final CachedFunction html = widget.function("html");

    @Test
    void rendersTheNoteAsSanitizedMarkdown() throws Exception {
        JsonObject value = (JsonObject) html.execute(config(
                "Infra meeting **Thursday 18:00 UTC** in `#fedora-meeting` [agenda](javascript:alert(1))"));

        assertThat(value.getString("html")).isEqualTo("<p>Infra meeting <strong>Thursday 18:00 UTC</strong> in "
                + "<code>#fedora-meeting</code> <a rel=\"nofollow noopener\">agenda</a></p>");
    }

    @Test
    void aNoteIsRequiredAndAtMost500Characters() throws Exception {
        config("x".repeat(500));
        assertThatThrownBy(() -> config("x".repeat(501))).isInstanceOf(InvalidConfigException.class);
        assertThatThrownBy(() -> WidgetConfig.validate(widget, Json.createObjectBuilder().build()))
                .isInstanceOf(InvalidConfigException.class);
    }

    @Test
    void noBusMessageInvalidatesIt() throws Exception {
        WidgetConfig config = config("Welcome, newcomers: ask in #fedora-admin");
        assertThat(html.hints(config)).isEqualTo(Hints.NO_BUS_MESSAGE);
        assertThat(CorpusProperties.assertFamilyOnlyAndHintsKept(html, config, message -> false)).isZero();
    }

    private WidgetConfig config(String text) throws Exception {
        return WidgetConfig.validate(widget, Json.createObjectBuilder().add("text", text).build());
    }
}
