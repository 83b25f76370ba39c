package org.fedoraproject.hubs.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.fedoraproject.hubs.cache.CacheKey;
import org.fedoraproject.hubs.cache.CachedValue;
import org.fedoraproject.hubs.cache.ValueStore;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.TestWidgets;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;
import org.junit.jupiter.api.Test;

class RebuilderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final Map<CacheKey, CachedValue> values = new HashMap<>();
    private final ValueStore store = new ValueStore() {
        @Override
        public Optional<CachedValue> get(CacheKey key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(CacheKey key, CachedValue value) {
            values.put(key, CachedValue.fromJson(value.toJson())); // as the real cache: through its text form
        }
    };
    private final Rebuilder rebuilder = new Rebuilder(store, Clock.fixed(NOW, ZoneOffset.UTC));
    private final WidgetRef widget = new WidgetRef(7, "hub", "t", WidgetConfig.stored("{\"user\":\"ralph\"}"), "left", 0);

    @Test
    void storesTheComputedValueUnderInstanceFunctionAndConfiguration() throws Exception {
        WidgetType type = TestWidgets.type("t", (m, c) -> true,
                config -> Json.createObjectBuilder().add("user", config.get("user")).build());

        rebuilder.rebuild(widget, type.function("main"));

        CachedValue stored = values.get(new CacheKey(7, "main", widget.config().hash()));
        assertThat(stored.data().asJsonObject().getString("user")).isEqualTo("ralph");
        assertThat(stored.updatedAt()).isEqualTo(NOW);
        assertThat(stored.hasError()).isFalse();
    }

    @Test
    void computesAValueThatBelongsToItsInstanceByInstance() throws Exception {
        CachedFunction byInstance = new CachedFunction() {
            @Override
            public String id() {
                return "main";
            }

            @Override
            public JsonValue execute(WidgetConfig config) {
                throw new UnsupportedOperationException("read by instance");
            }

            @Override
            public JsonValue execute(long widgetId, WidgetConfig config) {
                return Json.createObjectBuilder().add("widget", widgetId).add("user", config.get("user")).build();
            }

            @Override
            public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
                return true;
            }
        };

        rebuilder.rebuild(widget, byInstance);

        assertThat(values.get(CacheKey.of(widget, "main")).data())
                .isEqualTo(Json.createObjectBuilder().add("widget", 7).add("user", "ralph").build());
    }

    @Test
    void aFailureKeepsTheLastGoodValueAndRecordsWhy() throws Exception {
        CacheKey key = CacheKey.of(widget, "main");
        JsonValue good = Json.createObjectBuilder().add("n", 1).build();
        values.put(key, CachedValue.computed(good, NOW.minusSeconds(60)));
        WidgetType failing = TestWidgets.type("t", (m, c) -> true, config -> {
            throw new IOException("Bugzilla answered HTTP 503");
        });

        assertThatThrownBy(() -> rebuilder.rebuild(widget, failing.function("main")))
                .isInstanceOf(RebuildFailedException.class)
                .hasMessageContaining("HTTP 503");

        CachedValue kept = values.get(key);
        assertThat(kept.data()).isEqualTo(good);
        assertThat(kept.updatedAt()).isEqualTo(NOW.minusSeconds(60));
        assertThat(kept.error()).isEqualTo("Bugzilla answered HTTP 503");
        assertThat(kept.failedAt()).isEqualTo(NOW);
    }

    @Test
    void aFirstComputationThatFailsRecordsTheFailureWithoutData() {
        WidgetType failing = TestWidgets.type("t", (m, c) -> true, config -> {
            throw new IllegalStateException();
        });

        assertThatThrownBy(() -> rebuilder.rebuild(widget, failing.function("main")))
                .isInstanceOf(RebuildFailedException.class);

        CachedValue recorded = values.get(CacheKey.of(widget, "main"));
        assertThat(recorded.hasData()).isFalse();
        assertThat(recorded.error()).isEqualTo("IllegalStateException");
    }
}
