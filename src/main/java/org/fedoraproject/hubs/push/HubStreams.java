package org.fedoraproject.hubs.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.hub.WidgetDirectory;
import org.fedoraproject.hubs.hub.WidgetViews;

/**
 * The live streams of this server: per hub, one {@link SseBroadcaster} for the connected browsers
 * and an {@link EventLog} for those that come back. Event ids grow across restarts (they start from
 * the boot time in milliseconds), so an id from before a restart is recognised as too old.
 */
@ApplicationScoped
public class HubStreams {

    static final String RESYNC = "resync";
    /** How long browsers wait before reconnecting. */
    private static final long RETRY_MILLIS = 2000;

    @Inject
    WidgetDirectory directory;

    @Inject
    WidgetViews views;

    @Inject
    @ConfigProperty(name = "hubs.push.history", defaultValue = "256")
    int historySize;

    @Inject
    @ConfigProperty(name = "hubs.push.max-event-bytes", defaultValue = "65536")
    int maxEventBytes;

    private final long bootId = System.currentTimeMillis();
    private final AtomicLong lastId = new AtomicLong(bootId);
    private final Map<String, HubStream> hubs = new ConcurrentHashMap<>();
    private volatile Sse sse;

    /** The id of the newest event issued: a page rendered now subscribes from here. */
    public long lastEventId() {
        return lastId.get();
    }

    /**
     * Connects a browser to a hub's stream, first sending what it missed since {@code lastSeen}
     * (its {@code Last-Event-ID}), or a {@code resync} event when that is no longer known.
     */
    public void subscribe(String hub, SseEventSink sink, Sse sse, Optional<Long> lastSeen) {
        this.sse = sse;
        stream(hub).subscribe(sink, sse, lastSeen);
    }

    /** Pushes an announcement to the hub's browsers: a widget's new state, or a layout change. */
    public void publish(String hub, String event, long widgetId) {
        String data = ReloadAnnouncer.WIDGET_UPDATED.equals(event)
                ? updatedData(widgetId)
                : Json.createObjectBuilder().add("widget_id", widgetId).build().toString();
        stream(hub).publish(event, data);
    }

    /** Keeps idle connections open through proxies and finds the browsers that left. */
    public void heartbeat() {
        Sse current = sse;
        if (current != null) {
            OutboundSseEvent comment = current.newEventBuilder().comment("keepalive").build();
            hubs.values().forEach(stream -> stream.broadcaster.broadcast(comment));
        }
    }

    /** Open streams per hub, for operators. */
    public Map<String, Integer> openStreams() {
        Map<String, Integer> counts = new TreeMap<>();
        hubs.forEach((hub, stream) -> {
            if (stream.open.get() > 0) {
                counts.put(hub, stream.open.get());
            }
        });
        return counts;
    }

    private String updatedData(long widgetId) {
        Optional<JsonObject> widget = directory.find(widgetId).map(views::view);
        if (widget.isPresent()) {
            String full = Json.createObjectBuilder().add("widget_id", widgetId).add("widget", widget.get())
                    .build().toString();
            if (full.length() <= maxEventBytes) {
                return full;
            }
        }
        return Json.createObjectBuilder().add("widget_id", widgetId).add("refetch", true).build().toString();
    }

    private HubStream stream(String hub) {
        return hubs.computeIfAbsent(hub, name -> new HubStream());
    }

    /** One hub's broadcaster and history; publishing and subscribing are serialised per hub. */
    private final class HubStream {
        private SseBroadcaster broadcaster;
        private final EventLog log = new EventLog(historySize, bootId);
        private final AtomicInteger open = new AtomicInteger();

        synchronized void subscribe(SseEventSink sink, Sse sse, Optional<Long> lastSeen) {
            if (broadcaster == null) {
                broadcaster = sse.newBroadcaster();
                broadcaster.onClose(closed -> open.decrementAndGet());
                broadcaster.onError((failed, error) -> failed.close());
            }
            sink.send(sse.newEventBuilder().comment("welcome").reconnectDelay(RETRY_MILLIS).build());
            lastSeen.ifPresent(seen -> {
                Optional<List<HubEvent>> missed = log.after(seen, lastId.get());
                if (missed.isPresent()) {
                    missed.get().forEach(event -> sink.send(outbound(sse, event)));
                } else {
                    sink.send(outbound(sse, new HubEvent(lastId.get(), RESYNC, "{}")));
                }
            });
            broadcaster.register(sink);
            open.incrementAndGet();
        }

        synchronized void publish(String name, String data) {
            HubEvent event = new HubEvent(lastId.incrementAndGet(), name, data);
            log.append(event);
            Sse current = sse;
            if (broadcaster != null && current != null) {
                broadcaster.broadcast(outbound(current, event));
            }
        }
    }

    private static OutboundSseEvent outbound(Sse sse, HubEvent event) {
        return sse.newEventBuilder()
                .id(Long.toString(event.id()))
                .name(event.name())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, event.data())
                .build();
    }
}
