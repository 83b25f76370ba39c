package org.fedoraproject.hubs.triage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.fedoraproject.hubs.hub.WidgetChanged;
import org.fedoraproject.hubs.hub.WidgetDirectory;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.widget.WidgetCatalog;

/**
 * The application's {@link TriageIndex}: filled from the {@link WidgetDirectory} at deployment, then
 * kept current by the committed {@link WidgetChanged} events, one instance per change. Applying a
 * change twice is harmless, so a change committed while the index loads cannot be lost or doubled.
 */
@ApplicationScoped
public class LiveTriageIndex {

    private static final Logger LOG = Logger.getLogger(LiveTriageIndex.class.getName());

    @Inject
    WidgetCatalog catalog;

    @Inject
    WidgetDirectory directory;

    private final TriageIndex index = new TriageIndex();

    @PostConstruct
    void load() {
        directory.all().forEach(this::put);
    }

    /** Loads at deployment rather than on the first bus message, which would wait for it. */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object deployment) {
        LOG.info(() -> "Triage index holds " + index.size() + " of " + directory.size() + " widget instances");
    }

    void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.PLATFORM_BEFORE) WidgetChanged change) {
        if (change.kind() == WidgetChanged.Kind.REMOVED) {
            index.remove(change.widget().id());
        } else {
            put(change.widget());
        }
    }

    public TriageIndex index() {
        return index;
    }

    private void put(WidgetRef widget) {
        catalog.find(widget.type()).ifPresentOrElse(
                type -> index.put(widget, type),
                // an instance of a type this build no longer has: nothing could rebuild it
                () -> index.remove(widget.id()));
    }
}
