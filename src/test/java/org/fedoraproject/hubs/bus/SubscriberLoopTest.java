package org.fedoraproject.hubs.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** The receive loop against a real (JeroMQ) publisher on loopback, and an endpoint where nobody listens. */
class SubscriberLoopTest {

    @Test
    void receivesWholeMultipartMessagesForItsTopicsOnlyAndStops() throws Exception {
        List<List<String>> received = new CopyOnWriteArrayList<>();
        Map<String, String> states = new ConcurrentHashMap<>();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (ZContext context = new ZContext()) {
            ZMQ.Socket publisher = context.createSocket(SocketType.XPUB);
            publisher.setReceiveTimeOut(20_000);
            publisher.setHandshakeIvl(2000);
            int port = publisher.bindToRandomPort("tcp://127.0.0.1");
            String endpoint = "tcp://127.0.0.1:" + port;
            SubscriberLoop loop = new SubscriberLoop(List.of(endpoint, "tcp://127.0.0.1:1"),
                    List.of("org.fedoraproject.prod.bugzilla."), 1024 * 1024,
                    (from, frames) -> received.add(frames.stream().map(f -> new String(f, StandardCharsets.UTF_8)).toList()),
                    (from, state) -> states.put(from, state));
            thread.submit(loop);

            byte[] subscription = publisher.recv(0); // XPUB hands us the SUB's subscription
            assertThat(subscription).as("subscription within 20 s").isNotNull();
            assertThat(subscription[0]).isEqualTo((byte) 1);
            publisher.sendMore("org.fedoraproject.prod.buildsys.build.state.change");
            publisher.send("{}");
            publisher.sendMore("org.fedoraproject.prod.bugzilla.bug.update");
            publisher.sendMore("{\"a\": 1}");
            publisher.send("third frame");

            await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
            assertThat(received).containsExactly(
                    List.of("org.fedoraproject.prod.bugzilla.bug.update", "{\"a\": 1}", "third frame"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(states)
                    .containsEntry(endpoint, "connected")
                    .hasEntrySatisfying("tcp://127.0.0.1:1", state -> assertThat(state).isNotEqualTo("connected")));
            loop.stop();
        } finally {
            thread.shutdownNow();
        }
    }
}
