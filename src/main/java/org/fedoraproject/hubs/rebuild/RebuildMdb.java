package org.fedoraproject.hubs.rebuild;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.fedoraproject.hubs.cache.WidgetCache;
import org.fedoraproject.hubs.hub.WidgetDirectory;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.push.ReloadAnnouncer;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.WidgetCatalog;

/** Rebuilds the cached values named by the work items on {@code hubs.rebuild}. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/hubs/rebuild"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class RebuildMdb implements MessageListener {

    private static final Logger LOG = Logger.getLogger(RebuildMdb.class.getName());

    @Inject
    WidgetDirectory directory;

    @Inject
    WidgetCatalog catalog;

    @Inject
    WidgetCache cache;

    @Inject
    RebuildStats stats;

    @Inject
    ReloadAnnouncer announcer;

    @Inject
    RebuildRequests rebuilds;

    private Rebuilder rebuilder;

    @PostConstruct
    void init() {
        rebuilder = new Rebuilder(cache, Clock.systemUTC());
    }

    @Override
    public void onMessage(Message message) {
        long widgetId;
        String functionId;
        try {
            widgetId = message.getLongProperty(RebuildRequests.WIDGET_ID);
            functionId = message.getStringProperty(RebuildRequests.FUNCTION_ID);
        } catch (JMSException | NumberFormatException e) {
            // Dropped on purpose: a work item without ids can never be processed.
            LOG.warning(() -> "Dropping malformed work item on hubs.rebuild: " + e);
            stats.dropped();
            return;
        }
        // A widget this server does not know yet may have just been added on another server.
        Optional<WidgetRef> widget = directory.find(widgetId).or(() -> directory.reconcile(widgetId));
        Optional<CachedFunction> function = widget.flatMap(w -> catalog.find(w.type()))
                .map(type -> type.function(functionId));
        WorkItem item = new WorkItem(widgetId, functionId);
        RebuildCoordinator coordinator = rebuilds.coordinator();
        if (widget.isEmpty() || function.isEmpty()) {
            // Dropped on purpose: the widget was removed (or its type changed) after the work was queued.
            coordinator.abandoned(item);
            stats.dropped();
            return;
        }
        if (!coordinator.start(item)) {
            // Dropped on purpose: a cool-down ended with nothing new, or another worker is
            // rebuilding this value now and owes the rebuild after its cool-down.
            return;
        }
        try {
            rebuilder.rebuild(widget.get(), function.get());
            stats.succeeded();
            coordinator.finished(item);
            rebuilds.coolDown(item);
        } catch (RebuildFailedException e) {
            // Rolled back on purpose: the broker redelivers with back-off and dead-letters the work
            // item after the last attempt. The failure is already recorded next to the kept value,
            // which its viewers are told about now (the announcement has a transaction of its own).
            coordinator.abandoned(item);
            stats.failed();
            LOG.warning(() -> e.getMessage() + " (delivery " + deliveryCount(message) + ")");
            announcer.widgetUpdated(widget.get());
            throw new RedeliveryRequested(e);
        } catch (RuntimeException e) {
            coordinator.abandoned(item); // and the container rolls back for a redelivery
            throw e;
        }
        announcer.widgetUpdated(widget.get());
    }

    private static String deliveryCount(Message message) {
        try {
            return String.valueOf(message.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException e) {
            return "?";
        }
    }
}
