package org.fedoraproject.hubs.hub;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.EnumKeys;
import org.fedoraproject.hubs.web.ApiStats;
import org.fedoraproject.hubs.web.Problem;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.InvalidConfigException;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.WidgetCatalog;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * The widget instances of hubs, stored: added with a configuration validated against their type's
 * parameters (missing values taken from the hub's settings where the type says so), placed,
 * reconfigured and removed. Every change fires a {@link WidgetChanged} that observers act on once
 * the transaction has committed. Client mistakes leave as {@link Problem}s.
 */
@ApplicationScoped
public class WidgetService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    HubService hubs;

    @Inject
    WidgetCatalog catalog;

    @Inject
    Event<WidgetChanged> changes;

    @Inject
    ApiStats api;

    @Inject
    @ConfigProperty(name = "hubs.limits.widgets-per-hub", defaultValue = "50")
    int widgetsPerHub;

    public List<WidgetRef> widgets(String hub) {
        return entityManager.createQuery(
                        "select w from WidgetInstance w where w.hubName = :hub order by w.column, w.index, w.id",
                        WidgetInstance.class)
                .setParameter("hub", hub)
                .getResultStream().map(WidgetInstance::toRef).toList();
    }

    public WidgetRef widget(String hub, long id) {
        return instance(hub, id).toRef();
    }

    @Transactional
    public WidgetRef addWidget(String hub, String typeName, JsonObject config, String column, Integer index) {
        Hub target = hubs.require(hub);
        WidgetType type = catalog.find(typeName).orElseThrow(() -> Problem.invalid(
                "Unknown widget type '" + typeName + "'", Map.of("type", "is not a known widget type")));
        String place = column == null ? type.preferredColumn().key() : checkedColumn(column);
        Integer position = index == null ? null : checkedIndex(index);
        WidgetConfig validConfig = validated(type, withHubSettings(type, config, target.widgetDefaults()));
        List<WidgetInstance> placed = lockedLayout(hub);
        if (placed.size() >= widgetsPerHub) {
            api.overLimit("widgets_per_hub");
            throw Problem.tooMany("Hub '" + hub + "' has " + placed.size() + " widgets, the most a hub may have");
        }
        WidgetInstance instance = new WidgetInstance(hub, type.name(), validConfig, place, Integer.MAX_VALUE);
        entityManager.persist(instance);
        entityManager.flush();
        placed.add(instance);
        arrange(placed, instance, place, position);
        WidgetRef ref = instance.toRef();
        changes.fire(WidgetChanged.local(WidgetChanged.Kind.ADDED, ref, true));
        return ref;
    }

    /** Changes any of configuration, column and index; {@code null} leaves that part as it is. */
    @Transactional
    public WidgetRef updateWidget(String hub, long id, JsonObject config, String column, Integer index) {
        List<WidgetInstance> placed = lockedLayout(hub);
        WidgetInstance instance = instance(hub, id);
        WidgetRef before = instance.toRef();
        if (config != null) {
            WidgetType type = catalog.find(before.type()).orElseThrow(() -> Problem.invalid(
                    "Widget " + id + " has type '" + before.type() + "', which this server no longer has", Map.of()));
            instance.configure(validated(type, config));
        }
        if (column != null || index != null) {
            arrange(placed, instance, column == null ? before.column() : checkedColumn(column),
                    index == null ? before.index() : checkedIndex(index));
        }
        WidgetRef after = instance.toRef();
        changes.fire(WidgetChanged.local(WidgetChanged.Kind.UPDATED, after, !after.config().equals(before.config())));
        return after;
    }

    @Transactional
    public void removeWidget(String hub, long id) {
        List<WidgetInstance> placed = lockedLayout(hub);
        WidgetInstance instance = instance(hub, id);
        WidgetRef ref = instance.toRef();
        entityManager.remove(instance);
        placed.remove(instance);
        arrange(placed, null, null, null);
        changes.fire(WidgetChanged.local(WidgetChanged.Kind.REMOVED, ref, false));
    }

    /**
     * The hub's widgets, with the hub's row locked until the transaction ends: layout changes of one
     * hub happen one after the other, so two concurrent moves cannot give two widgets one place.
     */
    private List<WidgetInstance> lockedLayout(String hub) {
        entityManager.lock(hubs.require(hub), LockModeType.PESSIMISTIC_WRITE);
        return new ArrayList<>(entityManager.createQuery(
                        "select w from WidgetInstance w where w.hubName = :hub", WidgetInstance.class)
                .setParameter("hub", hub).getResultList());
    }

    /** Places {@code moved} (if any) at the asked place and numbers every column 0..n-1 again. */
    private static void arrange(List<WidgetInstance> placed, WidgetInstance moved, String column, Integer index) {
        Map<Long, Layout.Place> stored = new HashMap<>();
        placed.stream().filter(w -> w != moved)
                .forEach(w -> stored.put(w.id(), new Layout.Place(w.column(), w.index())));
        Layout layout = new Layout(stored);
        if (moved != null) {
            layout.place(moved.id(), column, index);
        }
        Map<Long, Layout.Place> places = layout.places();
        for (WidgetInstance widget : placed) {
            Layout.Place place = places.get(widget.id());
            widget.place(place.column(), place.index());
        }
    }

    private WidgetInstance instance(String hub, long id) {
        hubs.require(hub);
        WidgetInstance instance = entityManager.find(WidgetInstance.class, id);
        if (instance == null || !instance.hubName().equals(hub)) {
            throw Problem.notFound("Hub '" + hub + "' has no widget " + id);
        }
        return instance;
    }

    /** The configuration with the values it leaves out taken from the hub's settings, where the type says so. */
    static JsonObject withHubSettings(WidgetType type, JsonObject config, Map<String, String> settings) {
        JsonObjectBuilder filled = JSON.createObjectBuilder(config);
        for (Parameter parameter : type.parameters()) {
            JsonValue given = config.get(parameter.name());
            boolean missing = given == null || given == JsonValue.NULL
                    || given instanceof JsonString text && text.getString().isBlank();
            String setting = parameter.hubSetting() == null ? null : settings.get(parameter.hubSetting());
            if (missing && setting != null) {
                filled.add(parameter.name(), setting);
            }
        }
        return filled.build();
    }

    private static WidgetConfig validated(WidgetType type, JsonObject config) {
        try {
            return WidgetConfig.validate(type, config);
        } catch (InvalidConfigException e) {
            throw Problem.invalid("The configuration does not fit widget type '" + type.name() + "'", e.problems());
        }
    }

    private static String checkedColumn(String column) {
        if (EnumKeys.fromKey(Column.class, column).isEmpty()) {
            throw Problem.invalid("Unknown column '" + column + "'", Map.of("column", "must be left or right"));
        }
        return column;
    }

    private static int checkedIndex(int index) {
        if (index < 0 || index > 1000) {
            throw Problem.invalid("Index out of range", Map.of("index", "must be between 0 and 1000"));
        }
        return index;
    }
}
