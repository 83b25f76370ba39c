package org.fedoraproject.hubs.rebuild;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.transaction.Transactional;
import org.fedoraproject.hubs.cache.CacheKey;
import org.fedoraproject.hubs.cache.WidgetCache;
import org.fedoraproject.hubs.hub.WidgetChanged;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.WidgetCatalog;

/**
 * Queues rebuild work on {@code hubs.rebuild}. Inside a transaction (triage) the send commits with
 * it; elsewhere it is sent at once.
 */
@ApplicationScoped
public class RebuildRequests {

    static final String WIDGET_ID = "widgetId";
    static final String FUNCTION_ID = "functionId";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/hubs/rebuild")
    Queue rebuildQueue;

    @Inject
    WidgetCache cache;

    @Inject
    WidgetCatalog catalog;

    public void request(WorkItem item) {
        jms.createProducer()
                .setProperty(WIDGET_ID, item.widgetId())
                .setProperty(FUNCTION_ID, item.functionId())
                .send(rebuildQueue, jms.createMessage());
    }

    /**
     * Queues a rebuild of a value nobody has computed yet, unless one is already on its way: a page
     * full of readers of a new widget causes one rebuild, not one per reader.
     */
    public void requestMissing(WidgetRef widget, CachedFunction function) {
        if (cache.markPending(CacheKey.of(widget, function.id()))) {
            request(new WorkItem(widget.id(), function.id()));
        }
    }

    /**
     * A new widget, or a new configuration, has no value yet: compute it now rather than on first
     * read. The requests commit together, after the change itself has committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void computeNew(@Observes(during = TransactionPhase.AFTER_SUCCESS) WidgetChanged change) {
        if (change.kind() == WidgetChanged.Kind.REMOVED || !change.configChanged()) {
            return;
        }
        catalog.find(change.widget().type()).ifPresent(type ->
                type.functions().forEach(function -> requestMissing(change.widget(), function)));
    }
}
