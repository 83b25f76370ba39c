package org.fedoraproject.hubs.hub;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every widget instance of the server, in memory: triage reads it for each bus message and rebuild
 * workers resolve the ids they receive from it, so neither touches the database. Loaded once at
 * start (by {@link SchemaMigrations}, rather than on a first use that may come after a commit,
 * with no transaction to read in), then kept current by the committed {@link WidgetChanged} events.
 */
@ApplicationScoped
public class WidgetDirectory {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<WidgetChanged> changes;

    private final Map<Long, WidgetRef> widgets = new ConcurrentHashMap<>();

    @PostConstruct
    void load() {
        entityManager.createQuery("select w from WidgetInstance w", WidgetInstance.class)
                .getResultStream()
                .map(WidgetInstance::toRef)
                .forEach(ref -> widgets.put(ref.id(), ref));
    }

    /** First among the observers: the rebuild that a new widget triggers looks the widget up here. */
    void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.PLATFORM_BEFORE) WidgetChanged change) {
        if (change.kind() == WidgetChanged.Kind.REMOVED) {
            widgets.remove(change.widget().id());
        } else {
            widgets.put(change.widget().id(), change.widget());
        }
    }

    /**
     * Another server may have changed this widget (its announcement named it): compares the stored
     * instance with the one known here and, where they differ, fires the change for this server's
     * observers. On the server that made the change they agree, and nothing happens. Returns the
     * stored instance (observers bring the directory up to date once the caller's transaction commits).
     */
    public Optional<WidgetRef> reconcile(long id) {
        Optional<WidgetRef> stored = Optional.ofNullable(entityManager.find(WidgetInstance.class, id))
                .map(WidgetInstance::toRef);
        WidgetChanged.fromPeer(find(id), stored).ifPresent(changes::fire);
        return stored;
    }

    public Optional<WidgetRef> find(long id) {
        return Optional.ofNullable(widgets.get(id));
    }

    public Collection<WidgetRef> all() {
        return Collections.unmodifiableCollection(widgets.values());
    }

    public int size() {
        return widgets.size();
    }
}
