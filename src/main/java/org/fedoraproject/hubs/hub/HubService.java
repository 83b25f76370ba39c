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
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
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
 * Hubs, their settings and their widgets, stored. Every change fires a {@link WidgetChanged} that observers act on
 * once the transaction has committed. Client mistakes leave as {@link Problem}s.
 */
@ApplicationScoped
public class HubService {

    /** Fedora account and group names: what a hub may be called (it is part of a URL). */
    private static final Pattern HUB_NAME = Pattern.compile(FedoraName.PATTERN);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WidgetCatalog catalog;

    @Inject
    Event<WidgetChanged> changes;

    @Inject
    ApiStats api;

    @Inject
    @ConfigProperty(name = "hubs.limits.widgets-per-hub", defaultValue = "50")
    int widgetsPerHub;

    @Inject
    @ConfigProperty(name = "hubs.limits.hubs-per-user-per-day", defaultValue = "10")
    int hubsPerUserPerDay;

    public Optional<Hub> find(String name) {
        return isValidName(name) ? Optional.ofNullable(entityManager.find(Hub.class, name)) : Optional.empty();
    }

    public Hub require(String name) {
        return find(name).orElseThrow(() -> Problem.notFound("There is no hub named '" + name + "'"));
    }

    public static boolean isValidName(String name) {
        return name != null && HUB_NAME.matcher(name).matches();
    }

    /**
     * The user's hub, owned by the user, created at their first sign-in; its {@code bugzilla_email}
     * setting starts as the e-mail address the provider gave, when it is one.
     */
    @Transactional
    public Hub userHub(String username, String email) {
        checkName(username, "user");
        Hub hub = entityManager.find(Hub.class, username);
        if (hub == null) {
            hub = new Hub(username, HubType.USER);
            if (email != null && HubSetting.BUGZILLA_EMAIL.type().accepts(email)) {
                hub.settings().put(EnumKeys.key(HubSetting.BUGZILLA_EMAIL), email);
            }
            entityManager.persist(hub);
            user(username);
            entityManager.persist(new Membership(username, username, Role.OWNER));
        }
        return hub;
    }

    /** Every hub of the type, by name; every hub when {@code type} is null. */
    public List<Hub> hubs(HubType type) {
        if (type == null) {
            return entityManager.createQuery("select h from Hub h order by h.name", Hub.class).getResultList();
        }
        return entityManager.createQuery("select h from Hub h where h.type = :type order by h.name", Hub.class)
                .setParameter("type", type)
                .getResultList();
    }

    /** A new team hub, owned by its creator. */
    @Transactional
    public Hub createTeamHub(String name, String owner, JsonObject settings) {
        checkName(name, "name");
        checkName(owner, "owner");
        if (entityManager.find(Hub.class, name) != null) {
            throw new Problem(Response.Status.CONFLICT, "Name taken", "There is already a hub named '" + name + "'");
        }
        long createdToday = entityManager.createQuery("select count(h) from Hub h, Membership m where m.hubName = h.name"
                        + " and m.username = :owner and m.role = :role and h.type = :team and h.createdAt > :since", Long.class)
                .setParameter("owner", owner)
                .setParameter("role", Role.OWNER)
                .setParameter("team", HubType.TEAM)
                .setParameter("since", Instant.now().minus(Duration.ofDays(1)))
                .getSingleResult();
        if (createdToday >= hubsPerUserPerDay) {
            api.overLimit("hubs_per_user_per_day");
            throw Problem.tooMany("'" + owner + "' created " + createdToday + " hubs in the last day; the limit is "
                    + hubsPerUserPerDay);
        }
        Hub hub = new Hub(name, HubType.TEAM);
        applySettings(hub, settings);
        entityManager.persist(hub);
        user(owner);
        entityManager.persist(new Membership(name, owner, Role.OWNER));
        return hub;
    }

    /** Sets the settings named in {@code changes}; a {@code null} value removes that setting. */
    @Transactional
    public Hub updateSettings(String name, JsonObject changes) {
        Hub hub = require(name);
        applySettings(hub, changes);
        return hub;
    }

    /** The user, stored the first time Hubs sees them. */
    void user(String username) {
        if (entityManager.find(HubUser.class, username) == null) {
            entityManager.persist(new HubUser(username));
        }
    }

    private static void applySettings(Hub hub, JsonObject changes) {
        Map<String, String> errors = new TreeMap<>();
        Map<String, String> values = new HashMap<>();
        changes.forEach((key, value) -> {
            HubSetting setting = EnumKeys.fromKey(HubSetting.class, key).orElse(null);
            if (setting == null) {
                errors.put(key, "is not a hub setting");
            } else if (value == JsonValue.NULL) {
                values.put(key, null);
            } else if (!(value instanceof JsonString text)) {
                errors.put(key, "must be a string");
            } else if (!setting.type().accepts(text.getString())) {
                errors.put(key, setting.type().rule());
            } else {
                values.put(key, text.getString());
            }
        });
        if (!errors.isEmpty()) {
            throw Problem.invalid("Some settings are not valid", errors);
        }
        values.forEach((key, value) -> {
            if (value == null) {
                hub.settings().remove(key);
            } else {
                hub.settings().put(key, value);
            }
        });
    }

    static void checkName(String name, String field) {
        if (!isValidName(name)) {
            throw Problem.invalid("'" + name + "' is not a valid name", Map.of(field, FedoraName.RULE));
        }
    }

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
        Hub target = require(hub);
        WidgetType type = catalog.find(typeName).orElseThrow(() -> Problem.invalid(
                "Unknown widget type '" + typeName + "'", Map.of("type", "is not a known widget type")));
        String place = column == null ? type.preferredColumn().key() : checkedColumn(column);
        int count = widgets(hub).size();
        if (count >= widgetsPerHub) {
            api.overLimit("widgets_per_hub");
            throw Problem.tooMany("Hub '" + hub + "' has " + count + " widgets, the most a hub may have");
        }
        int position = index == null ? count : checkedIndex(index);
        WidgetConfig validConfig = validated(type, withHubSettings(type, config, target.settings()));
        WidgetInstance instance = new WidgetInstance(hub, type.name(), validConfig, place, position);
        entityManager.persist(instance);
        entityManager.flush();
        WidgetRef ref = instance.toRef();
        changes.fire(WidgetChanged.local(WidgetChanged.Kind.ADDED, ref, true));
        return ref;
    }

    /** Changes any of configuration, column and index; {@code null} leaves that part as it is. */
    @Transactional
    public WidgetRef updateWidget(String hub, long id, JsonObject config, String column, Integer index) {
        WidgetInstance instance = instance(hub, id);
        WidgetRef before = instance.toRef();
        if (config != null) {
            WidgetType type = catalog.find(before.type()).orElseThrow(() -> Problem.invalid(
                    "Widget " + id + " has type '" + before.type() + "', which this server no longer has", Map.of()));
            instance.configure(validated(type, config));
        }
        instance.place(column == null ? before.column() : checkedColumn(column),
                index == null ? before.index() : checkedIndex(index));
        WidgetRef after = instance.toRef();
        changes.fire(WidgetChanged.local(WidgetChanged.Kind.UPDATED, after, !after.config().equals(before.config())));
        return after;
    }

    @Transactional
    public void removeWidget(String hub, long id) {
        WidgetInstance instance = instance(hub, id);
        WidgetRef ref = instance.toRef();
        entityManager.remove(instance);
        changes.fire(WidgetChanged.local(WidgetChanged.Kind.REMOVED, ref, false));
    }

    private WidgetInstance instance(String hub, long id) {
        require(hub);
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
