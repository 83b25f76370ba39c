package org.fedoraproject.hubs.widget;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every widget type the application has: the CDI beans implementing {@link WidgetType}. */
@ApplicationScoped
public class WidgetCatalog {

    @Inject
    @Any
    Instance<WidgetType> discovered;

    private Map<String, WidgetType> byName;

    @PostConstruct
    void index() {
        Map<String, WidgetType> types = new TreeMap<>();
        for (WidgetType type : discovered) {
            WidgetType clash = types.putIfAbsent(type.name(), type);
            if (clash != null) {
                throw new IllegalStateException("two widget types are named " + type.name() + ": "
                        + clash.getClass().getName() + " and " + type.getClass().getName());
            }
        }
        byName = Map.copyOf(types);
    }

    public Optional<WidgetType> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public Collection<WidgetType> all() {
        return new TreeMap<>(byName).values();
    }
}
