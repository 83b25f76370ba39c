package org.fedoraproject.hubs.push;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;
import org.fedoraproject.hubs.hub.WidgetChanged;
import org.fedoraproject.hubs.hub.WidgetRef;

/**
 * Announces changed widgets on the {@code hubs.reload} topic (references only: hub and widget id).
 * Each announcement commits on its own, so a rebuild that rolls back for a retry still tells the
 * viewers about the failure it recorded.
 */
@ApplicationScoped
public class ReloadAnnouncer {

    static final String HUB = "hub";
    static final String WIDGET_ID = "widgetId";
    static final String EVENT = "event";
    /** Set when the widget instance itself changed (not just its data): servers reconcile it. */
    static final String LAYOUT_CHANGE = "layoutChange";
    static final String WIDGET_UPDATED = "widget.updated";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:comp/env/jms/hubs/reload")
    Topic reloadTopic;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void widgetUpdated(WidgetRef widget) {
        announce(widget.hub(), widget.id(), WIDGET_UPDATED, false);
    }

    /**
     * Pages showing the hub learn of added, moved, reconfigured and removed widgets, and the other
     * servers of a cluster reconcile their widget directories ({@code LAYOUT_CHANGE}). A change
     * that came from a peer was announced by that peer.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void widgetChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WidgetChanged change) {
        if (!change.fromPeer()) {
            announce(change.widget().hub(), change.widget().id(), change.kind().eventName(), true);
        }
    }

    /**
     * Non-persistent: an announcement is only worth something to the browsers connected right now
     * (a server that restarts has none, and reconnecting browsers resync), so it need not wait for
     * the journal to reach the disk.
     */
    private void announce(String hub, long widgetId, String event, boolean layoutChange) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                .setProperty(HUB, hub)
                .setProperty(WIDGET_ID, widgetId)
                .setProperty(EVENT, event)
                .setProperty(LAYOUT_CHANGE, layoutChange)
                .send(reloadTopic, jms.createMessage());
    }
}
