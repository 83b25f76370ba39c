package org.fedoraproject.hubs.widgets.about;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;

class AboutWidgetTest {

    private final AboutWidget widget = new AboutWidget();
    private final CachedFunction html = widget.function("html");

    @Test
    void rendersTheDescriptionAsSanitizedMarkdown() throws Exception {
        JsonObject value = (JsonObject) html.execute(config(
                "The **Fedora Infrastructure** team: see [our docs](https://docs.fedoraproject.org/en-US/infra/) <script>x</script>"));

        assertThat(value.getString("html")).isEqualTo("<p>The <strong>Fedora Infrastructure</strong> team: see "
                + "<a href=\"https://docs.fedoraproject.org/en-US/infra/\" rel=\"nofollow noopener\">our docs</a>"
                + " &lt;script&gt;x&lt;/script&gt;</p>");
    }

    @Test
    void noDescriptionIsEmpty() throws Exception {
        WidgetConfig none = WidgetConfig.validate(widget, Json.createObjectBuilder().build());

        assertThat(((JsonObject) html.execute(none)).getString("html")).isEmpty();
    }

    @Test
    void startsAsTheHubsDescriptionAndNoBusMessageInvalidatesIt() throws Exception {
        assertThat(widget.parameters()).singleElement()
                .satisfies(parameter -> assertThat(parameter.hubSetting()).isEqualTo("description"));
        WidgetConfig config = config("Ralph's hub: *packaging*, `fedmsg`, [blog](https://threebean.org)");
        assertThat(html.hints(config)).isEqualTo(Hints.NO_BUS_MESSAGE);
        assertThat(CorpusProperties.assertFamilyOnlyAndHintsKept(html, config, message -> false)).isZero();
    }

    private WidgetConfig config(String text) throws Exception {
        return WidgetConfig.validate(widget, Json.createObjectBuilder().add("text", text).build());
    }
}
