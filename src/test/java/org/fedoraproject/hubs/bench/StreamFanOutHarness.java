package org.fedoraproject.hubs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * Load harness for the live push (run on demand, not a test): opens many concurrent event streams
 * to one hub of a running server, measures the server's heap per idle stream, then the latency
 * of broadcasts to all of them.
 *
 * <pre>./mvnw -Dbench=streams   (against http://127.0.0.1:8080, e.g. a server started with ./mvnw -Pdemo)</pre>
 *
 * Arguments: base URL, number of streams, number of broadcasts, path to {@code jboss-cli.sh}.
 * Loopback only; every loop is bounded in count and time.
 */
public final class StreamFanOutHarness {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern HEAP_USED = Pattern.compile("\"used\" => (\\d+)L");

    private final URI base;
    private final HttpClient http;
    private final String adminToken;
    private final ExecutorService callbacks = Executors.newFixedThreadPool(4);
    /** Per broadcast round (event id): arrival times in nanoseconds, one per stream. */
    private final ConcurrentHashMap<Long, long[]> arrivals = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, AtomicInteger> arrived = new ConcurrentHashMap<>();
    private final AtomicInteger connected = new AtomicInteger();

    private StreamFanOutHarness(URI base, String adminToken) {
        this.base = base;
        this.adminToken = adminToken;
        this.http = HttpClient.newBuilder().executor(callbacks).connectTimeout(Duration.ofSeconds(10))
                // one connection per client, as browsers have: HTTP/2 would carry every stream on one
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int streams = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String cli = args.length > 3 ? args[3] : null;
        StreamFanOutHarness harness = new StreamFanOutHarness(base, DemoAdmin.accessToken());
        try {
            harness.run(streams, rounds, cli);
        } finally {
            harness.callbacks.shutdownNow();
        }
        System.exit(0); // the open streams' connections would otherwise keep the JVM alive
    }

    private void run(int streams, int rounds, String cli) throws Exception {
        String hub = "bench-fanout";
        send(DemoAdmin.createHub(base, hub));
        String created = send(HttpRequest.newBuilder(base.resolve("/api/hubs/" + hub + "/widgets"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"package-reviews\",\"config\":{\"email\":\"bench@example.org\"}}")));
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("could not create the bench widget: " + created);
        }
        long widget = Long.parseLong(id.group(1));

        long heapBefore = cli == null ? -1 : heapAfterGc(cli);
        long start = System.nanoTime();
        List<CompletableFuture<?>> responses = new ArrayList<>(streams);
        for (int i = 0; i < streams; i++) {
            responses.add(open(hub, i, streams));
            if (i % 500 == 499) {
                awaitConnected(i + 1, Duration.ofSeconds(60));
            }
        }
        awaitConnected(streams, Duration.ofSeconds(120));
        System.out.printf("opened %d streams in %.1f s%n", streams, (System.nanoTime() - start) / 1e9);
        if (cli != null) {
            long heapWith = heapAfterGc(cli);
            System.out.printf("server heap after GC: %,d bytes before, %,d with %d idle streams: %,d bytes per stream%n",
                    heapBefore, heapWith, streams, (heapWith - heapBefore) / streams);
        }

        long[] roundMax = new long[rounds];
        List<Long> all = new ArrayList<>(streams * rounds);
        for (int round = 0; round < rounds; round++) {
            long sentAt = System.nanoTime();
            send(HttpRequest.newBuilder(base.resolve("/api/hubs/" + hub + "/widgets/" + widget))
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"index\":" + (round % 2) + "}")));
            long[] times = awaitRound(streams, Duration.ofSeconds(30));
            long max = 0;
            for (long time : times) {
                long latency = time - sentAt;
                all.add(latency);
                max = Math.max(max, latency);
            }
            roundMax[round] = max;
        }
        all.sort(Long::compare);
        System.out.printf("broadcast to %d streams, %d rounds: per-stream latency p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms; time until all streams had it: median %.1f ms, worst %.1f ms%n",
                streams, rounds, ms(percentile(all, 50)), ms(percentile(all, 95)), ms(percentile(all, 99)),
                ms(all.get(all.size() - 1)), ms(median(roundMax)), ms(Arrays.stream(roundMax).max().orElse(0)));
        responses.forEach(response -> response.cancel(true));
    }

    /** Opens one stream; each {@code id:} line it receives is timed against its round. */
    private CompletableFuture<?> open(String hub, int index, int streams) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/hubs/" + hub + "/events"))
                .header("Accept", "text/event-stream").build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
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
                } else if (line.startsWith("id:")) {
                    long event = Long.parseLong(line.substring(3).strip());
                    arrivals.computeIfAbsent(event, e -> new long[streams])[index] = now;
                    arrived.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet();
                }
            }

            @Override
            public void onError(Throwable throwable) {
                // a stream cut by the harness at the end, or by the server: the rounds then time out
            }

            @Override
            public void onComplete() {
            }
        }));
    }

    private void awaitConnected(int count, Duration timeout) {
        await("streams connected").atMost(timeout).pollInterval(Duration.ofMillis(20))
                .until(connected::get, opened -> opened >= count);
    }

    /** Waits for the next event id that every stream received, and returns its arrival times. */
    private long[] awaitRound(int streams, Duration timeout) {
        Long event = await("a broadcast reaching all streams").atMost(timeout).pollInterval(Duration.ofMillis(1))
                .until(() -> arrived.entrySet().stream().filter(e -> e.getValue().get() == streams)
                        .map(java.util.Map.Entry::getKey).findFirst().orElse(null), java.util.Objects::nonNull);
        arrived.remove(event);
        return arrivals.remove(event);
    }

    /** A request as the demo's admin. */
    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The server's used heap after a full GC, read through the management CLI (local authentication). */
    private static long heapAfterGc(String cli) throws IOException, InterruptedException {
        run(cli, "/core-service=platform-mbean/type=memory:gc");
        String output = run(cli, "/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)");
        Matcher used = HEAP_USED.matcher(output);
        if (!used.find()) {
            throw new IllegalStateException("unexpected CLI output: " + output);
        }
        return Long.parseLong(used.group(1));
    }

    private static String run(String cli, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(cli, "-c", "--command=" + command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jboss-cli failed: " + output);
        }
        return output;
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
