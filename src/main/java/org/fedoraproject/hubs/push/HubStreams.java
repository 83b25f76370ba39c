package org.fedoraproject.hubs.push;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.web.ApiStats;
import org.fedoraproject.hubs.web.Problem;

/**
 * The live streams of this server, one {@link HubChannel} per hub. Fan-out is our own rather than
 * JAX-RS's {@code SseBroadcaster}, whose broadcast writes to each sink in turn and so waits on the
 * slowest browser: here a broadcast only enqueues, per browser and bounded.
 *
 * <p>Event ids grow across restarts (they continue from the boot time in milliseconds), so an id
 * from before a restart is recognised as too old and the browser resyncs.
 */
@ApplicationScoped
public class HubStreams {

    /** How long browsers wait before reconnecting, sent with every event. */
    private static final long RETRY_MILLIS = 2000;

    @Inject
    WidgetSnapshots snapshots;

    @Inject
    @ConfigProperty(name = "hubs.push.history", defaultValue = "256")
    int historySize;

    @Inject
    @ConfigProperty(name = "hubs.push.max-event-bytes", defaultValue = "65536")
    int maxEventBytes;

    @Inject
    @ConfigProperty(name = "hubs.push.client-buffer", defaultValue = "64")
    int clientBuffer;

    @Inject
    @ConfigProperty(name = "hubs.push.heartbeat-seconds", defaultValue = "20")
    int heartbeatSeconds;

    @Inject
    @ConfigProperty(name = "hubs.limits.streams-per-client", defaultValue = "20")
    int streamsPerClient;

    @Inject
    @ConfigProperty(name = "hubs.limits.streams-per-server", defaultValue = "20000")
    int streamsPerServer;

    @Inject
    ApiStats api;

    /**
     * Writes to browsers run on a small pool of container-managed threads: a broadcast submits one
     * task per browser, and a managed executor would capture and restore the EE context for each.
     */
    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final long bootId = System.currentTimeMillis();
    private final AtomicLong lastId = new AtomicLong(bootId);
    private final Map<String, HubChannel> channels = new ConcurrentHashMap<>();
    private final LongAdder eventsPublished = new LongAdder();
    private StreamPermits permits;
    private ScheduledFuture<?> heartbeat;
    private ExecutorService writer;
    /** The SSE form of the item most recently written: a broadcast writes the same item to every browser. */
    private final AtomicReference<Written> lastWritten = new AtomicReference<>();

    private record Written(StreamItem item, OutboundSseEvent event) {
    }

    @PostConstruct
    void start() {
        permits = new StreamPermits(streamsPerClient, streamsPerServer);
        writer = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), threads);
        heartbeat = scheduler.scheduleAtFixedRate(
                () -> channels.values().forEach(HubChannel::heartbeat),
                heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        heartbeat.cancel(false);
        writer.shutdownNow(); // open streams end with the application; browsers reconnect and resume
    }

    /** The id of the newest event issued: a page rendered now subscribes from here. */
    public long lastEventId() {
        return lastId.get();
    }

    /**
     * Connects a browser to a hub's stream, resuming after {@code lastSeen} when given; over the
     * limits of open streams (per client address, per server) the answer is 429.
     */
    public void subscribe(String hub, SseEventSink sink, Sse sse, Optional<Long> lastSeen, String client) {
        StreamPermits.Result result = permits.acquire(client);
        if (result.permit().isEmpty()) {
            String limit = result.refusal().name().toLowerCase(Locale.ROOT);
            api.overLimit(limit);
            throw Problem.tooMany(result.refusal() == StreamPermits.Refusal.STREAMS_PER_CLIENT
                    ? "At most " + streamsPerClient + " live streams per client are open at once"
                    : "This server holds its maximum of " + streamsPerServer + " live streams");
        }
        channel(hub).subscribe(new SseSink(sink, sse, lastWritten, result.permit().get()), lastSeen);
    }

    /** Pushes an announcement to the hub's browsers: a widget's new state, or a layout change. */
    public void publish(String hub, String event, long widgetId) {
        eventsPublished.increment();
        String data = ReloadAnnouncer.WIDGET_UPDATED.equals(event)
                ? updatedData(widgetId)
                : JSON.createObjectBuilder().add("widget_id", widgetId).build().toString();
        channel(hub).publish(event, data);
    }

    /** Events pushed to hubs' streams since start (each reaches every browser showing that hub). */
    public long eventsPublished() {
        return eventsPublished.sum();
    }

    /** Open streams per hub, for operators. */
    public Map<String, Integer> openStreams() {
        Map<String, Integer> counts = new TreeMap<>();
        channels.forEach((hub, channel) -> {
            int open = channel.openStreams();
            if (open > 0) {
                counts.put(hub, open);
            }
        });
        return counts;
    }

    private String updatedData(long widgetId) {
        Optional<JsonObject> widget = snapshots.snapshot(widgetId);
        if (widget.isPresent()) {
            String full = JSON.createObjectBuilder().add("widget_id", widgetId).add("widget", widget.get())
                    .build().toString();
            if (full.length() <= maxEventBytes) {
                return full;
            }
        }
        return JSON.createObjectBuilder().add("widget_id", widgetId).add("refetch", true).build().toString();
    }

    private HubChannel channel(String hub) {
        return channels.computeIfAbsent(hub, name -> new HubChannel(historySize, bootId,
                lastId::incrementAndGet, lastId::get, clientBuffer, writer));
    }

    /** A browser's connection as JAX-RS gives it. */
    private record SseSink(SseEventSink sink, Sse sse, AtomicReference<Written> lastWritten,
                           StreamPermits.Permit permit) implements ClientStream.Sink {
        @Override
        public CompletionStage<?> send(StreamItem item) {
            Written last = lastWritten.get();
            OutboundSseEvent event;
            if (last != null && last.item() == item) {
                event = last.event();
            } else {
                event = outbound(item);
                lastWritten.set(new Written(item, event));
            }
            return sink.send(event);
        }

        private OutboundSseEvent outbound(StreamItem item) {
            if (item instanceof HubEvent event) {
                return sse.newEventBuilder()
                        .id(Long.toString(event.id()))
                        .name(event.name())
                        .reconnectDelay(RETRY_MILLIS)
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(String.class, event.data())
                        .build();
            }
            return sse.newEventBuilder().comment(((StreamItem.Comment) item).text()).build();
        }

        @Override
        public void close() {
            permit.release();
            sink.close();
        }
    }
}
