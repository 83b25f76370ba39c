package org.fedoraproject.hubs.bench;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fedoraproject.hubs.Fixtures;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * End-to-end load harness (run on demand, not a test): a ZeroMQ publisher sends real Package Review
 * messages at a set rate to a running server, each invalidating a different widget, and one live
 * stream per hub measures publish-to-event latency, in a warm-up round and then a measured one;
 * then the server's raw broker is measured with messages of the same size, for the ratio. The rebuild functions answer from the demo's in-memory
 * Bugzilla stand-in, so the pipeline is what is measured.
 *
 * <pre>./mvnw -Dbench=pipeline   (against ./mvnw -Pdemo running, which also listens on tcp://127.0.0.1:9942)</pre>
 *
 * Arguments: base URL, hubs (one stream each, two widgets each), rate in messages/s (0 = as fast
 * as possible), fixtures directory (default: {@link Fixtures#dir()}). Loopback only; every loop is bounded in count and time.
 */
public final class PipelineLoadHarness {

    private static final Pattern WIDGET_ID = Pattern.compile("\"widget_id\":(\\d+)");
    private static final String TOPIC = "org.fedoraproject.prod.bugzilla.bug.update";
    private static final String REPORTER = "quantum.analyst@gmail.com";

    private final URI base;
    private final ExecutorService callbacks = Executors.newFixedThreadPool(2);
    private final HttpClient http;
    private final String adminToken;
    private final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<Long, Long> latency = new ConcurrentHashMap<>();
    /** Wall-clock send time per widget, to compare a straggler's rebuild time with. */
    private final Map<Long, java.time.Instant> sentWallClock = new ConcurrentHashMap<>();
    private final Map<Long, String> hubOfWidget = new ConcurrentHashMap<>();
    private final AtomicInteger connected = new AtomicInteger();

    private PipelineLoadHarness(URI base, String adminToken) {
        this.base = base;
        this.adminToken = adminToken;
        this.http = HttpClient.newBuilder().executor(callbacks).connectTimeout(Duration.ofSeconds(10))
                // one connection per client, as browsers have: HTTP/2 would carry every stream on one
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int hubs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path fixtures = args.length > 3 ? Path.of(args[3]) : Fixtures.dir();
        PipelineLoadHarness harness = new PipelineLoadHarness(base, DemoAdmin.accessToken());
        try {
            harness.run(hubs, rate, Files.readString(fixtures.resolve("messages/0001-prod.bugzilla.bug.update.json")));
        } finally {
            harness.callbacks.shutdownNow();
        }
        System.exit(0); // the open streams' connections would otherwise keep the JVM alive
    }

    private void run(int hubs, int rate, String recording) throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<Long> widgets = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int hub = 0; hub < hubs; hub++) {
            String name = "bench-p-" + runId + "-" + hub;
            send(DemoAdmin.createHub(base, name));
            for (int w = 0; w < 2; w++) {
                String email = name + "-" + w + "@example.org";
                Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(send(HttpRequest.newBuilder(
                        base.resolve("/api/hubs/" + name + "/widgets")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"type\":\"package-reviews\",\"config\":{\"email\":\"" + email + "\"}}"))));
                if (!id.find()) {
                    throw new IllegalStateException("could not create a widget on " + name);
                }
                widgets.add(Long.parseLong(id.group(1)));
                hubOfWidget.put(Long.parseLong(id.group(1)), name);
                emails.add(email);
            }
            open(name);
        }
        await("streams").atMost(Duration.ofSeconds(120)).until(() -> connected.get() >= hubs);
        System.out.printf("%d hubs, %d widgets, %d streams ready%n", hubs, widgets.size(), connected.get());

        try (ZContext context = new ZContext()) {
            ZMQ.Socket publisher = context.createSocket(SocketType.XPUB);
            publisher.setSndHWM(0);
            publisher.setReceiveTimeOut(30_000);
            publisher.bind("tcp://127.0.0.1:9942");
            if (publisher.recv(0) == null) {
                throw new IllegalStateException("the server did not subscribe to tcp://127.0.0.1:9942 (run ./mvnw -Pdemo)");
            }
            // The same round twice: the first warms the server up (JIT, pools), the second is measured.
            round("warm-up", publisher, widgets, emails, rate, recording);
            Round measured = round("measured", publisher, widgets, emails, rate, recording);
            String raw = send(HttpRequest.newBuilder(base.resolve("/api/admin/broker-baseline?messages="
                    + widgets.size() + "&bytes=" + measured.size())).POST(HttpRequest.BodyPublishers.noBody()));
            double rawRate = Json.createReader(new StringReader(raw)).readObject()
                    .getJsonNumber("send_receive_per_second").doubleValue();
            System.out.printf("raw broker, same count and size (%d bytes): %s%npipeline / raw broker throughput: %.2f%n",
                    measured.size(), raw, measured.rate() / rawRate);
        }
    }

    /** What a round measured: the widgets updated per second end to end, and the size of one message. */
    private record Round(double rate, int size) {
    }

    /** Publishes one message per widget at the rate and waits for every widget's event. */
    private Round round(String label, ZMQ.Socket publisher, List<Long> widgets, List<String> emails, int rate,
                        String recording) throws Exception {
        // Let earlier computations and their cool-downs pass: then each message is a leading edge.
        await("no rebuild pending").atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1))
                .until(() -> send(HttpRequest.newBuilder(base.resolve("/api/admin/status")).GET())
                        .contains("\"pending\":0"));
        sentAt.clear();
        latency.clear();
        int size = 0;
        long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int k = 0; k < widgets.size(); k++) {
            long due = start + k * interval;
            while (System.nanoTime() < due) {
                LockSupport.parkNanos(due - System.nanoTime());
            }
            String envelope = Json.createObjectBuilder(Json.createReader(new StringReader(
                            recording.replace(REPORTER, emails.get(k)))).readObject())
                    .add("msg_id", "bench-" + UUID.randomUUID()).build().toString();
            size = envelope.length();
            sentAt.put(widgets.get(k), System.nanoTime());
            sentWallClock.put(widgets.get(k), java.time.Instant.now());
            publisher.sendMore(TOPIC);
            publisher.send(envelope);
        }
        long published = System.nanoTime();
        await("events").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(10))
                .until(() -> latency.size() >= widgets.size());
        long done = System.nanoTime();
        List<Long> sorted = new ArrayList<>(latency.values());
        sorted.sort(Long::compare);
        double pipelineRate = widgets.size() / ((done - start) / 1e9);
        System.out.printf("%s: %d messages offered at %s (achieved %.0f/s), every widget updated at"
                        + " %.0f/s end to end; publish-to-event latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms, %d over 1 s%n", label, widgets.size(), rate == 0 ? "full speed" : rate + "/s",
                widgets.size() / ((published - start) / 1e9), pipelineRate, ms(sorted, 50), ms(sorted, 95),
                ms(sorted, 99), sorted.get(sorted.size() - 1) / 1e6, sorted.stream().filter(l -> l > 1_000_000_000L).count());
        // Where a straggler lost its time: before its rebuild finished (updated_at), or after.
        for (Map.Entry<Long, Long> slow : latency.entrySet().stream().filter(e -> e.getValue() > 1_000_000_000L).limit(5).toList()) {
            Matcher updated = Pattern.compile("\"updated_at\":\"([^\"]+)\"").matcher(send(HttpRequest.newBuilder(
                    base.resolve("/api/hubs/" + hubOfWidget.get(slow.getKey()) + "/widgets/" + slow.getKey())).GET()));
            System.out.printf("  slow: widget %d, event after %.0f ms, sent %s, rebuilt %s%n", slow.getKey(),
                    slow.getValue() / 1e6, sentWallClock.get(slow.getKey()), updated.find() ? updated.group(1) : "?");
        }
        return new Round(pipelineRate, size);
    }

    private void open(String hub) {
        http.sendAsync(HttpRequest.newBuilder(base.resolve("/api/hubs/" + hub + "/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.fromLineSubscriber(
                new Flow.Subscriber<String>() {
                    private boolean greeted;

                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        long now = System.nanoTime();
                        if (!greeted && line.startsWith(":")) {
                            greeted = true;
                            connected.incrementAndGet();
                        } else if (line.startsWith("data:")) {
                            Matcher widget = WIDGET_ID.matcher(line);
                            if (widget.find()) {
                                Long sent = sentAt.get(Long.parseLong(widget.group(1)));
                                if (sent != null) {
                                    latency.putIfAbsent(Long.parseLong(widget.group(1)), now - sent);
                                }
                            }
                        }
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        // a stream cut at the end of the run; a stream cut earlier shows as missing events
                    }

                    @Override
                    public void onComplete() {
                    }
                }));
    }

    /** A request as the demo's admin. */
    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private static double ms(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
