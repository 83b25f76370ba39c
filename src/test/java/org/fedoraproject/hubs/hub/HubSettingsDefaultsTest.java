package org.fedoraproject.hubs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.fedoraproject.hubs.widgets.reviews.PackageReviewsWidget;
import org.junit.jupiter.api.Test;

/** A new widget takes the values it leaves out from the hub's settings, where its type says so. */
class HubSettingsDefaultsTest {

    private final PackageReviewsWidget reviews = new PackageReviewsWidget();
    private final Map<String, String> settings = Map.of("bugzilla_email", "team@example.org", "description", "x");

    @Test
    void aMissingOrBlankValueComesFromTheHubSetting() {
        assertThat(WidgetService.withHubSettings(reviews, Json.createObjectBuilder().build(), settings).getString("email"))
                .isEqualTo("team@example.org");
        assertThat(WidgetService.withHubSettings(reviews, config("  "), settings).getString("email"))
                .isEqualTo("team@example.org");
    }

    @Test
    void aGivenValueWinsAndNothingElseIsAdded() {
        JsonObject filled = WidgetService.withHubSettings(reviews, config("me@example.org"), settings);
        assertThat(filled.getString("email")).isEqualTo("me@example.org");
        assertThat(filled.keySet()).containsExactly("email");
    }

    @Test
    void withoutTheSettingTheConfigurationIsLeftAsItIs() {
        assertThat(WidgetService.withHubSettings(reviews, Json.createObjectBuilder().build(), Map.of())).isEmpty();
    }

    private static JsonObject config(String email) {
        return Json.createObjectBuilder().add("email", email).build();
    }
}
