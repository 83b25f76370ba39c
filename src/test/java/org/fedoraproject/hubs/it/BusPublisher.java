package org.fedoraproject.hubs.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A fedmsg-style publisher the server subscribes to. It is an XPUB socket so that the test knows
 * when the server's subscription has arrived: PUB/SUB drops what is sent before that.
 */
final class BusPublisher implements AutoCloseable {

    private final ZContext context = new ZContext();
    private final ZMQ.Socket socket;
    private boolean subscribed;

    BusPublisher(int port) {
        socket = context.createSocket(SocketType.XPUB);
        socket.setSndHWM(0); // as fedmsg: a burst from the tests must not be dropped on our side
        socket.setHandshakeIvl(2000); // retry a stalled greeting soon (JeroMQ's default is 30 s)
        socket.bind("tcp://127.0.0.1:" + port);
    }

    /** Blocks until the server's SUB socket has subscribed (it reconnects every second at most). */
    void awaitSubscriber(Duration timeout) {
        if (subscribed) {
            return;
        }
        socket.setReceiveTimeOut((int) timeout.toMillis());
        byte[] subscription = socket.recv(0);
        if (subscription == null || subscription[0] != 1) {
            throw new AssertionError("the server did not subscribe within " + timeout);
        }
        subscribed = true;
    }

    /**
     * Publishes a recorded message as a new one: with a fresh {@code msg_id}, since the server
     * (rightly) processes each id once and the suite replays the same recordings several times.
     */
    void publishAsNew(String topic, String envelope) {
        JsonObject recorded = Json.createReader(new StringReader(envelope)).readObject();
        String fresh = Json.createObjectBuilder(recorded).add("msg_id", "it-" + UUID.randomUUID()).build().toString();
        sendFrames(topic, fresh);
    }

    /** Sends any frames, valid or not. */
    void sendFrames(String... frames) {
        for (int i = 0; i < frames.length; i++) {
            byte[] bytes = frames[i].getBytes(StandardCharsets.UTF_8);
            if (i < frames.length - 1) {
                socket.sendMore(bytes);
            } else {
                socket.send(bytes);
            }
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
