package org.fedoraproject.hubs.rebuild;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.Cache;
import org.fedoraproject.hubs.cache.HubsCaches;
import org.fedoraproject.hubs.hub.WidgetChanged;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.WidgetCatalog;

/**
 * Queues rebuild work on {@code hubs.rebuild}, through the {@link RebuildCoordinator}: at most one
 * rebuild of a value is queued and one running at any time.
 */
@ApplicationScoped
public class RebuildRequests {

    private static final Logger LOG = Logger.getLogger(RebuildRequests.class.getName());

    static final String WIDGET_ID = "widgetId";
    static final String FUNCTION_ID = "functionId";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:comp/env/jms/hubs/rebuild")
    Queue rebuildQueue;

    @Inject
    HubsCaches caches;

    @Inject
    WidgetCatalog catalog;

    @Resource
    ManagedExecutorService executor;

    @Inject
    RequestContextController requestContext;

    @Inject
    RebuildStats stats;

    /** After a rebuild, further invalidations of the same value wait this long and are rebuilt together. */
    @Inject
    @ConfigProperty(name = "hubs.rebuild.cooldown-ms", defaultValue = "5000")
    long cooldownMillis;

    private Cache<String, String> states;
    private RebuildCoordinator coordinator;

    @PostConstruct
    void init() {
        states = caches.rebuildStates();
        coordinator = new RebuildCoordinator(states);
    }

    /**
     * The value is stale: queues a rebuild unless one is already pending (coalescing). Sent at once,
     * outside the caller's transaction (and in a request context of its own when the caller has
     * none), so the queue and the rebuild states agree at every moment; a triage that rolls back and
     * comes again then finds the rebuild pending rather than losing it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @ActivateRequestContext
    public void request(WorkItem item) {
        if (!coordinator.invalidated(item)) {
            stats.coalesced();
            return;
        }
        try {
            send(item);
        } catch (RuntimeException e) {
            coordinator.queueFailed(item);
            throw e;
        }
    }

    /** A value nobody has computed yet: a page full of its readers causes one rebuild, not one each. */
    public void requestMissing(WidgetRef widget, CachedFunction function) {
        request(new WorkItem(widget.id(), function.id()));
    }

    public boolean pending(WidgetRef widget, CachedFunction function) {
        return coordinator.pending(new WorkItem(widget.id(), function.id()));
    }

    RebuildCoordinator coordinator() {
        return coordinator;
    }

    /**
     * Queues the work item that ends a rebuild's cool-down (it rebuilds again if invalidated
     * meanwhile). Non-persistent: if a crash loses it, the cool-down state expires on its own.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @ActivateRequestContext
    void coolDown(WorkItem item) {
        send(item, cooldownMillis, DeliveryMode.NON_PERSISTENT);
    }

    private void send(WorkItem item) {
        send(item, 0, DeliveryMode.PERSISTENT);
    }

    private void send(WorkItem item, long delayMillis, int deliveryMode) {
        jms.createProducer()
                .setDeliveryMode(deliveryMode)
                .setDeliveryDelay(delayMillis)
                .setProperty(WIDGET_ID, item.widgetId())
                .setProperty(FUNCTION_ID, item.functionId())
                .send(rebuildQueue, jms.createMessage());
    }

    /** A new widget, or a new configuration, has no value yet: compute it now rather than on first read. */
    void computeNew(@Observes(during = TransactionPhase.AFTER_SUCCESS) WidgetChanged change) {
        if (change.kind() == WidgetChanged.Kind.REMOVED || !change.configChanged() || change.fromPeer()) {
            return; // a peer's change: the peer queued its computation, in the shared rebuild states
        }
        catalog.find(change.widget().type()).ifPresent(type -> requestAfterCommit(
                type.functions().stream().map(function -> new WorkItem(change.widget().id(), function.id())).toList(),
                "its first reader will"));
    }

    /**
     * Requests these rebuilds from an observer of a committed transaction. That transaction is still
     * on the observer's thread, and JMS refuses to open a session on it: the requests go out from a
     * managed thread of their own, with a request context of its own. A request that fails is logged
     * with {@code whatMakesUp}, what brings the value up to date anyway.
     */
    public void requestAfterCommit(List<WorkItem> items, String whatMakesUp) {
        if (items.isEmpty()) {
            return;
        }
        executor.execute(() -> {
            requestContext.activate();
            try {
                for (WorkItem item : items) {
                    try {
                        request(item);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, e, () -> "Could not queue the rebuild of widget " + item.widgetId()
                                + " (" + item.functionId() + "); " + whatMakesUp);
                    }
                }
            } finally {
                requestContext.deactivate();
            }
        });
    }

    /** Rebuilds queued, running or cooling down at this moment (admin page). */
    public int pendingCount() {
        return states.size();
    }
}
