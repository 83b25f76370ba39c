package org.fedoraproject.hubs.hub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fedoraproject.hubs.web.Problem;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.InvalidConfigException;
import org.fedoraproject.hubs.widget.WidgetCatalog;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * Hubs and their widgets, stored. Every change fires a {@link WidgetChanged} that observers act on
 * once the transaction has committed. Client mistakes leave as {@link Problem}s.
 */
@ApplicationScoped
public class HubService {

    /** Fedora account and group names: what a hub may be called (it is part of a URL). */
    private static final Pattern HUB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WidgetCatalog catalog;

    @Inject
    Event<WidgetChanged> changes;

    public Optional<Hub> find(String name) {
        return isValidName(name) ? Optional.ofNullable(entityManager.find(Hub.class, name)) : Optional.empty();
    }

    public Hub require(String name) {
        return find(name).orElseThrow(() -> Problem.notFound("There is no hub named '" + name + "'"));
    }

    public static boolean isValidName(String name) {
        return name != null && HUB_NAME.matcher(name).matches();
    }

    /** A user's hub, created the first time the user is seen. */
    @Transactional
    public Hub userHub(String username) {
        if (!isValidName(username)) {
            throw Problem.notFound("'" + username + "' is not a user name");
        }
        Hub hub = entityManager.find(Hub.class, username);
        if (hub == null) {
            hub = new Hub(username, HubType.USER);
            entityManager.persist(hub);
        }
        return hub;
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
        require(hub);
        WidgetType type = catalog.find(typeName).orElseThrow(() -> Problem.invalid(
                "Unknown widget type '" + typeName + "'", Map.of("type", "is not a known widget type")));
        String place = column == null ? type.preferredColumn().key() : checkedColumn(column);
        int position = index == null ? widgets(hub).size() : checkedIndex(index);
        WidgetInstance instance = new WidgetInstance(hub, type.name(), validated(type, config), place, position);
        entityManager.persist(instance);
        entityManager.flush();
        WidgetRef ref = instance.toRef();
        changes.fire(new WidgetChanged(WidgetChanged.Kind.ADDED, ref, true));
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
        changes.fire(new WidgetChanged(WidgetChanged.Kind.UPDATED, after, !after.config().equals(before.config())));
        return after;
    }

    @Transactional
    public void removeWidget(String hub, long id) {
        WidgetInstance instance = instance(hub, id);
        WidgetRef ref = instance.toRef();
        entityManager.remove(instance);
        changes.fire(new WidgetChanged(WidgetChanged.Kind.REMOVED, ref, false));
    }

    private WidgetInstance instance(String hub, long id) {
        require(hub);
        WidgetInstance instance = entityManager.find(WidgetInstance.class, id);
        if (instance == null || !instance.hubName().equals(hub)) {
            throw Problem.notFound("Hub '" + hub + "' has no widget " + id);
        }
        return instance;
    }

    private static WidgetConfig validated(WidgetType type, JsonObject config) {
        try {
            return WidgetConfig.validate(type, config);
        } catch (InvalidConfigException e) {
            throw Problem.invalid("The configuration does not fit widget type '" + type.name() + "'", e.problems());
        }
    }

    private static String checkedColumn(String column) {
        if (Column.fromKey(column) == null) {
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
