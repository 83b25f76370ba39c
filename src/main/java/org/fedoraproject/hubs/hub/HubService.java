package org.fedoraproject.hubs.hub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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

/**
 * Hubs, their settings and their users, stored. Client mistakes leave as {@link Problem}s. (Widget
 * instances are {@link WidgetService}'s, memberships {@link MembershipService}'s.)
 */
@ApplicationScoped
public class HubService {

    /** Fedora account and group names: what a hub may be called (it is part of a URL). */
    private static final Pattern HUB_NAME = Pattern.compile(FedoraName.PATTERN);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ApiStats api;

    @Inject
    Event<MembershipChanged> membershipChanges;

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
            membershipChanges.fire(new MembershipChanged(username, username));
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
        membershipChanges.fire(new MembershipChanged(name, owner));
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
            } else {
                setting.type().problem(text.getString()).ifPresentOrElse(
                        problem -> errors.put(key, problem), () -> values.put(key, text.getString()));
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
}
