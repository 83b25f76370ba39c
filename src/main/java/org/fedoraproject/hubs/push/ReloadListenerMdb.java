package org.fedoraproject.hubs.push;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.fedoraproject.hubs.hub.WidgetDirectory;

/**
 * Hears every reload announcement (a non-durable subscription: each server gets its own copy) and
 * pushes it to the browsers connected to this server; a widget that was added, changed or removed
 * is first reconciled with the database, in case another server made the change.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/hubs/reload"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class ReloadListenerMdb implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ReloadListenerMdb.class.getName());

    @Inject
    HubStreams streams;

    @Inject
    WidgetDirectory directory;

    @Override
    public void onMessage(Message message) {
        try {
            String hub = message.getStringProperty(ReloadAnnouncer.HUB);
            String event = message.getStringProperty(ReloadAnnouncer.EVENT);
            if (hub == null || event == null) {
                throw new JMSException("no hub or event property");
            }
            long widgetId = message.getLongProperty(ReloadAnnouncer.WIDGET_ID);
            if (message.getBooleanProperty(ReloadAnnouncer.LAYOUT_CHANGE)) {
                directory.reconcile(widgetId); // made on another server, perhaps: triage here must know it
            }
            streams.publish(hub, event, widgetId);
        } catch (JMSException | NumberFormatException e) {
            // Dropped on purpose: an announcement without its references can never be pushed.
            LOG.warning(() -> "Dropping malformed announcement on hubs.reload: " + e);
        }
    }
}
