package org.fedoraproject.hubs.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class WidgetConfigTest {

    private final WidgetType type = TestWidgets.type("t", (m, c) -> true, c -> JsonValue.NULL);

    @Test
    void appliesDefaultsAndNormalisesValuesToText() throws Exception {
        WidgetConfig config = WidgetConfig.validate(type, Json.createObjectBuilder().add("user", " ralph ").build());

        assertThat(config.values()).containsEntry("user", "ralph").containsEntry("limit", "10");
        assertThat(WidgetConfig.stored(config.toJson().toString())).isEqualTo(config);
    }

    @Test
    void namesEveryFieldThatBreaksTheRules() {
        assertThatThrownBy(() -> WidgetConfig.validate(type, Json.createObjectBuilder()
                .add("limit", "many").add("colour", "blue").build()))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .containsEntry("user", "is required")
                        .containsEntry("limit", "must be a whole number")
                        .containsKey("colour"));
        assertThatThrownBy(() -> WidgetConfig.validate(type, Json.createObjectBuilder()
                .add("user", Json.createArrayBuilder().add("a")).build()))
                .isInstanceOfSatisfying(InvalidConfigException.class,
                        e -> assertThat(e.problems()).containsKey("user"));
    }

    @Test
    void theHashFollowsTheValuesNotTheirOrder() throws Exception {
        WidgetConfig one = WidgetConfig.validate(type, Json.createObjectBuilder().add("user", "a").add("limit", 5).build());
        WidgetConfig same = WidgetConfig.validate(type, Json.createObjectBuilder().add("limit", "5").add("user", "a").build());
        WidgetConfig other = WidgetConfig.validate(type, Json.createObjectBuilder().add("user", "b").add("limit", 5).build());

        assertThat(one.hash()).isEqualTo(same.hash()).hasSize(16);
        assertThat(one.hash()).isNotEqualTo(other.hash());
    }
}
