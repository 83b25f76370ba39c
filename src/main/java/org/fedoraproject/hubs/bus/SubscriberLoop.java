package org.fedoraproject.hubs.bus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * A ZeroMQ SUB socket connected to every endpoint, with fedmsg's socket options, handing each
 * multipart message to a consumer. Runs on one thread until {@link #stop()}.
 */
public final class SubscriberLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(SubscriberLoop.class.getName());
    /** How often the loop looks up from the socket to notice a stop request. */
    private static final int POLL_MILLIS = 250;
    private static final int HANDSHAKE_MILLIS = 2000;

    private final List<String> endpoints;
    private final List<String> topicPrefixes;
    private final Consumer<List<byte[]>> consumer;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    /**
     * @param topicPrefixes subscription prefixes; empty means everything
     */
    public SubscriberLoop(List<String> endpoints, List<String> topicPrefixes, Consumer<List<byte[]>> consumer) {
        this.endpoints = List.copyOf(endpoints);
        this.topicPrefixes = topicPrefixes.isEmpty() ? List.of("") : List.copyOf(topicPrefixes);
        this.consumer = consumer;
    }

    @Override
    public void run() {
        try (ZContext context = new ZContext()) {
            ZMQ.Socket socket = context.createSocket(SocketType.SUB);
            // fedmsg's options: keepalive so idle links do not die silently, reconnect back-off so
            // many subscribers do not hammer a restarting publisher, and no receive limit.
            socket.setTCPKeepAlive(1);
            socket.setTCPKeepAliveIdle(60);
            socket.setTCPKeepAliveInterval(5);
            socket.setTCPKeepAliveCount(3);
            socket.setReconnectIVL(100);
            socket.setReconnectIVLMax(1000);
            socket.setRcvHWM(0);
            // A connection whose greeting stalls is dropped and retried after this long; JeroMQ's
            // default (30 s) left a subscription missing for half a minute now and then.
            socket.setHandshakeIvl(HANDSHAKE_MILLIS);
            socket.setReceiveTimeOut(POLL_MILLIS);
            topicPrefixes.forEach(prefix -> socket.subscribe(prefix.getBytes(ZMQ.CHARSET)));
            endpoints.forEach(socket::connect);
            LOG.info(() -> "Subscribed to " + endpoints + " for topics " + topicPrefixes);
            while (running && !Thread.currentThread().isInterrupted()) {
                List<byte[]> frames = receive(socket);
                if (frames != null) {
                    deliver(frames);
                }
            }
        } catch (ZMQException e) {
            if (running) {
                LOG.log(Level.SEVERE, "Bus subscriber stopped by a socket error", e);
            }
        } finally {
            stopped.countDown();
            LOG.info("Bus subscriber stopped");
        }
    }

    /** Hands a message on; whatever goes wrong with one message, the loop goes on with the next. */
    private void deliver(List<byte[]> frames) {
        try {
            consumer.accept(frames);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A bus message could not be handled and is lost; receiving goes on", e);
        }
    }

    /** One whole multipart message, or {@code null} when none arrived within the poll interval. */
    private static List<byte[]> receive(ZMQ.Socket socket) {
        byte[] first = socket.recv(0);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>(2);
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }

    /** Asks the loop to end and waits (bounded) until it has closed its socket. */
    public void stop() throws InterruptedException {
        running = false;
        if (!stopped.await(5, TimeUnit.SECONDS)) {
            LOG.warning("Bus subscriber did not stop within 5 s");
        }
    }
}
