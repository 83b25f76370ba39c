package org.fedoraproject.hubs.widget;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.fedoraproject.hubs.bus.BusMessage;

/** Widget types whose functions give hints, for tests of triage. Their values are never computed. */
public final class HintedTestWidgets {

    private HintedTestWidgets() {
    }

    /** A function that decides with {@code invalidates} and gives no hints: the interface's default. */
    public static CachedFunction function(String id, BiPredicate<BusMessage, WidgetConfig> invalidates) {
        return new CachedFunction() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public JsonValue execute(WidgetConfig config) {
                throw new UnsupportedOperationException("triage tests never compute values");
            }

            @Override
            public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
                return invalidates.test(message, config);
            }
        };
    }

    /** A function that decides with {@code invalidates} and hints with {@code hints}. */
    public static CachedFunction function(String id, BiPredicate<BusMessage, WidgetConfig> invalidates,
                                          Function<WidgetConfig, Hints> hints) {
        return new CachedFunction() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public JsonValue execute(WidgetConfig config) {
                throw new UnsupportedOperationException("triage tests never compute values");
            }

            @Override
            public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
                return invalidates.test(message, config);
            }

            @Override
            public Hints hints(WidgetConfig config) {
                return hints.apply(config);
            }
        };
    }

    /** A type with one function, {@code main}, and optional text parameters of these names. */
    public static WidgetType type(String name, List<String> parameters, BiPredicate<BusMessage, WidgetConfig> invalidates,
                                  Function<WidgetConfig, Hints> hints) {
        return type(name, parameters, function("main", invalidates, hints));
    }

    /** A type with these functions and optional text parameters of these names. */
    public static WidgetType type(String name, List<String> parameters, CachedFunction... functions) {
        List<CachedFunction> all = List.of(functions);
        List<Parameter> declared = parameters.stream()
                .map(parameter -> Parameter.optional(parameter, parameter, ParameterType.TEXT, null, parameter))
                .toList();
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
                return declared;
            }

            @Override
            public List<CachedFunction> functions() {
                return all;
            }
        };
    }
}
