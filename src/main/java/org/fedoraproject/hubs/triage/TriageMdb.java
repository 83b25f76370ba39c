package org.fedoraproject.hubs.triage;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.InvalidMessageException;
import org.fedoraproject.hubs.rebuild.RebuildRequests;

/**
 * Takes bus messages from {@code hubs.inbound} and queues the rebuilds they call for. The work items
 * are sent as they are found (see {@link RebuildRequests#request}); if anything fails, the receive
 * rolls back and the broker redelivers the message (then dead-letters it after the configured
 * attempts), and the second triage finds the rebuilds already sent pending instead of repeating them.
 * Functions that accumulate messages ({@link org.fedoraproject.hubs.widget.MessageLog}) have recorded
 * the message before its rebuild is queued, durably and once (see {@link Triage}).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/hubs/inbound"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class TriageMdb implements MessageListener {

    private static final Logger LOG = Logger.getLogger(TriageMdb.class.getName());

    @Inject
    LiveTriageIndex index;

    @Inject
    TriageStats stats;

    @Inject
    RebuildRequests rebuilds;

    private Triage triage;

    @PostConstruct
    void init() {
        triage = new Triage(index.index(), stats);
    }

    @Override
    public void onMessage(Message message) {
        BusMessage busMessage;
        try {
            busMessage = BusMessage.parse(message.getBody(String.class));
        } catch (InvalidMessageException | JMSException e) {
            // Dropped on purpose: ingest only queues valid envelopes, and redelivering one that is
            // not valid could never succeed.
            LOG.warning(() -> "Dropping unreadable message on hubs.inbound: " + e.getMessage());
            return;
        }
        triage.invalidated(busMessage).forEach(rebuilds::request);
    }
}
