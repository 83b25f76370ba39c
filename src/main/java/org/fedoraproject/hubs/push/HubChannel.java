package org.fedoraproject.hubs.push;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * One hub's live stream on this server: its connected browsers and its recent events. Publishing
 * and subscribing are serialised, so a browser that subscribes with a known id gets each later
 * event once, from the history or live (or one resync when the history cannot cover the gap).
 */
final class HubChannel {

    static final String RESYNC = "resync";

    private final EventLog log;
    private final LongSupplier nextId;
    private final LongSupplier lastId;
    private final int clientBuffer;
    private final Executor writer;
    private final Set<ClientStream> clients = ConcurrentHashMap.newKeySet();

    HubChannel(int historySize, long floorId, LongSupplier nextId, LongSupplier lastId, int clientBuffer, Executor writer) {
        this.log = new EventLog(historySize, floorId);
        this.nextId = nextId;
        this.lastId = lastId;
        this.clientBuffer = clientBuffer;
        this.writer = writer;
    }

    /**
     * Connects a browser, first sending what it missed since {@code lastSeen} (its
     * {@code Last-Event-ID}), or one {@code resync} event when that is no longer known.
     */
    synchronized void subscribe(ClientStream.Sink sink, Optional<Long> lastSeen) {
        ClientStream client = new ClientStream(sink, clientBuffer, writer, clients::remove);
        clients.add(client); // before anything is written: a close from the writer then removes it
        client.offer(new StreamItem.Comment("hubs"));
        lastSeen.ifPresent(seen -> {
            Optional<List<HubEvent>> missed = log.after(seen, lastId.getAsLong());
            // more than the browser's buffer holds would close it at once, and it would come back
            // for the same events again: a resync is cheaper
            if (missed.isPresent() && missed.get().size() < clientBuffer) {
                missed.get().forEach(client::offer);
            } else {
                client.offer(new HubEvent(lastId.getAsLong(), RESYNC, "{}"));
            }
        });
    }

    synchronized HubEvent publish(String name, String data) {
        HubEvent event = new HubEvent(nextId.getAsLong(), name, data);
        log.append(event);
        clients.forEach(client -> client.offer(event));
        return event;
    }

    void heartbeat() {
        StreamItem.Comment beat = new StreamItem.Comment("keepalive");
        clients.forEach(client -> client.offer(beat));
    }

    int openStreams() {
        return clients.size();
    }
}
