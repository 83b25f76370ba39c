package org.fedoraproject.hubs.bus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * One ZeroMQ SUB socket per endpoint, with fedmsg's socket options, polled together: each
 * multipart message is handed on with the endpoint it came from, and each endpoint's connection
 * state (from a socket monitor) is reported, so that a silent or unreachable endpoint shows.
 * Runs on one thread until {@link #stop()}.
 */
public final class SubscriberLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(SubscriberLoop.class.getName());
    /** How often the loop looks up from the sockets to notice a stop request. */
    private static final int POLL_MILLIS = 250;
    private static final int HANDSHAKE_MILLIS = 2000;
    private static final int MONITORED = ZMQ.EVENT_CONNECTED | ZMQ.EVENT_DISCONNECTED | ZMQ.EVENT_CONNECT_RETRIED;

    /** The longest pause between two restarts of the sockets after an error. */
    private static final Duration MAX_RESTART_PAUSE = Duration.ofSeconds(30);

    private final List<String> endpoints;
    private final long maxFrameBytes;
    private volatile long lastPollNanos = System.nanoTime();
    private final List<String> topicPrefixes;
    private final BiConsumer<String, List<byte[]>> messages;
    private final BiConsumer<String, String> connections;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    /**
     * @param topicPrefixes subscription prefixes; empty means everything
     * @param messages      receives (endpoint, frames) for every message
     * @param connections   receives (endpoint, state): {@code connected}, {@code disconnected}, {@code retrying}
     */
    public SubscriberLoop(List<String> endpoints, List<String> topicPrefixes, long maxFrameBytes,
                          BiConsumer<String, List<byte[]>> messages, BiConsumer<String, String> connections) {
        this.endpoints = List.copyOf(endpoints);
        this.maxFrameBytes = maxFrameBytes;
        this.topicPrefixes = topicPrefixes.isEmpty() ? List.of("") : List.copyOf(topicPrefixes);
        this.messages = messages;
        this.connections = connections;
    }

    /**
     * Receives until {@link #stop()}. Whatever error ends a session of the sockets, the loop says so
     * for every endpoint ({@code restarting}), waits (longer each time, up to 30 s), and starts
     * again with new sockets: it never dies while its status still says connected.
     */
    @Override
    public void run() {
        Backoff restarts = new Backoff(Duration.ofMillis(500), MAX_RESTART_PAUSE);
        try {
            while (running && !Thread.currentThread().isInterrupted()) {
                try {
                    receive();
                } catch (RuntimeException e) {
                    if (!running) {
                        break;
                    }
                    LOG.log(Level.SEVERE, "The bus subscriber failed; restarting it", e);
                    endpoints.forEach(endpoint -> connections.accept(endpoint, "restarting"));
                    restarts.pause();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping
        } finally {
            stopped.countDown();
            LOG.info("Bus subscriber stopped");
        }
    }

    /** Whether the loop is receiving: it polled within the last 30 s (it polls every quarter second). */
    public boolean alive() {
        return stopped.getCount() > 0 && System.nanoTime() - lastPollNanos < TimeUnit.SECONDS.toNanos(30 + MAX_RESTART_PAUSE.toSeconds());
    }

    /** One session of the sockets: open, subscribe and receive until stopped or an error. */
    private void receive() {
        try (ZContext context = new ZContext()) {
            ZMQ.Poller poller = context.createPoller(endpoints.size() * 2);
            List<ZMQ.Socket> subscribers = new ArrayList<>();
            List<ZMQ.Socket> monitors = new ArrayList<>();
            for (int i = 0; i < endpoints.size(); i++) {
                ZMQ.Socket socket = subscriber(context);
                String monitor = "inproc://hubs-bus-monitor-" + i;
                socket.monitor(monitor, MONITORED);
                ZMQ.Socket events = context.createSocket(SocketType.PAIR);
                events.connect(monitor);
                socket.connect(endpoints.get(i));
                connections.accept(endpoints.get(i), "connecting");
                subscribers.add(socket);
                monitors.add(events);
                poller.register(socket, ZMQ.Poller.POLLIN);
                poller.register(events, ZMQ.Poller.POLLIN);
            }
            LOG.info(() -> "Subscribed to " + endpoints + " for topics " + topicPrefixes);
            while (running && !Thread.currentThread().isInterrupted()) {
                lastPollNanos = System.nanoTime();
                poller.poll(POLL_MILLIS);
                for (int i = 0; i < endpoints.size(); i++) {
                    if (poller.pollin(2 * i)) {
                        drain(endpoints.get(i), subscribers.get(i));
                    }
                    if (poller.pollin(2 * i + 1)) {
                        report(endpoints.get(i), monitors.get(i));
                    }
                }
            }
        }
    }

    private ZMQ.Socket subscriber(ZContext context) {
        ZMQ.Socket socket = context.createSocket(SocketType.SUB);
        // fedmsg's options: keepalive so idle links do not die silently, reconnect back-off so
        // many subscribers do not hammer a restarting publisher, and no receive queue limit.
        socket.setTCPKeepAlive(1);
        socket.setTCPKeepAliveIdle(60);
        socket.setTCPKeepAliveInterval(5);
        socket.setTCPKeepAliveCount(3);
        socket.setReconnectIVL(100);
        socket.setReconnectIVLMax(1000);
        socket.setRcvHWM(0);
        // A frame larger than an envelope may be is refused by JeroMQ itself, which drops that
        // connection (and reconnects) before the frame is buffered: it never reaches the heap.
        socket.setMaxMsgSize(maxFrameBytes);
        // A connection whose greeting stalls is dropped and retried after this long; JeroMQ's
        // default (30 s) left a subscription missing for half a minute now and then.
        socket.setHandshakeIvl(HANDSHAKE_MILLIS);
        topicPrefixes.forEach(prefix -> socket.subscribe(prefix.getBytes(ZMQ.CHARSET)));
        return socket;
    }

    /** Hands on every whole message waiting on the socket; whatever goes wrong with one, the next follows. */
    private void drain(String endpoint, ZMQ.Socket socket) {
        byte[] first;
        while ((first = socket.recv(ZMQ.DONTWAIT)) != null) {
            List<byte[]> frames = new ArrayList<>(2);
            frames.add(first);
            while (socket.hasReceiveMore()) {
                frames.add(socket.recv(0));
            }
            try {
                messages.accept(endpoint, frames);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "A bus message from " + endpoint + " could not be handled and is lost;"
                        + " receiving goes on", e);
            }
        }
    }

    private void report(String endpoint, ZMQ.Socket monitor) {
        ZMQ.Event event = ZMQ.Event.recv(monitor, ZMQ.DONTWAIT);
        if (event == null) {
            return;
        }
        String state = switch (event.getEvent()) {
            case ZMQ.EVENT_CONNECTED -> "connected";
            case ZMQ.EVENT_DISCONNECTED -> "disconnected";
            default -> "retrying";
        };
        connections.accept(endpoint, state);
    }

    /** Asks the loop to end and waits (bounded) until it has closed its sockets. */
    public void stop() throws InterruptedException {
        running = false;
        if (!stopped.await(5, TimeUnit.SECONDS)) {
            LOG.warning("Bus subscriber did not stop within 5 s");
        }
    }
}
