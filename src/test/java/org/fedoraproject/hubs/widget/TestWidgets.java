package org.fedoraproject.hubs.widget;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.BiPredicate;
import org.fedoraproject.hubs.bus.BusMessage;

/** Small widget types for unit tests of the framework. */
public final class TestWidgets {

    private TestWidgets() {
    }

    /** A type with one function whose decision and value the test supplies. */
    public static WidgetType type(String name, BiPredicate<BusMessage, WidgetConfig> invalidates, Execution execution) {
        CachedFunction function = new CachedFunction() {
            @Override
            public String id() {
                return "main";
            }

            @Override
            public JsonValue execute(WidgetConfig config) throws Exception {
                return execution.run(config);
            }

            @Override
            public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
                return invalidates.test(message, config);
            }
        };
        return new WidgetType() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String label() {
                return name;
            }

            @Override
            public String description() {
                return "test widget " + name;
            }

            @Override
            public List<Parameter> parameters() {
                return List.of(Parameter.required("user", "User", ParameterType.USERNAME, "whose"),
                        Parameter.optional("limit", "Limit", ParameterType.INTEGER, "10", "how many"));
            }

            @Override
            public List<CachedFunction> functions() {
                return List.of(function);
            }
        };
    }

    @FunctionalInterface
    public interface Execution {
        JsonValue run(WidgetConfig config) throws Exception;
    }
}
