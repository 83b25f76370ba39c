package org.fedoraproject.hubs.bench;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fedoraproject.hubs.Fixtures;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Crash recovery, measured: publishes uniquely identifiable bus messages at a steady rate, each to
 * its own widget, kills the server with SIGKILL in the middle, starts it again with the command
 * line it had, keeps publishing (the messages sent while it is down reach it through its datagrepper
 * backlog, served here), and counts per widget how often it was rebuilt after its message (each
 * rebuild asks the Bugzilla stand-in served here about the widget's own e-mail). Its last line is
 * {@code lost: N, processed twice: M}.
 *
 * <p>It starts no server: it drives one that runs with {@code hubs.bugzilla.url} and
 * {@code hubs.bus.datagrepper-url} pointing at its stand-ins and subscribed to its publisher (see the
 * README for the demo's command), found by its command line ({@code bench.server-match}) or
 * {@code bench.pid}.
 */
public final class CrashRecoveryHarness {

    private static final String TOPIC = "org.fedoraproject.prod.bugzilla.bug.update";
    private static final String REPORTER = "quantum.analyst@gmail.com";
    private static final Pattern CREATOR = Pattern.compile("[?&]creator=([^&]+)");

    /** Where the server and the harness meet. */
    public record Settings(URI base, String publishEndpoint, int standInPort, String oidcIssuer, long pid,
                           int messages, int rate, Path fixtures, Path serverLog) {
    }

    /** What a run found. */
    public record Result(int published, int lost, int processedTwice, double downSeconds, long newPid) {
    }

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, AtomicInteger> queriesByEmail = new ConcurrentHashMap<>();
    /** Every message published, oldest first, as datagrepper would return it: (send time in seconds, envelope). */
    private final List<JsonObject> published = new CopyOnWriteArrayList<>();
    private HttpServer standIn;

    private CrashRecoveryHarness(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path fixtures = args.length > 3 ? Path.of(args[3]) : Fixtures.dir();
        long pid = Long.getLong("bench.pid", -1L);
        if (pid < 0) {
            pid = findServer(System.getProperty("bench.server-match", "demo-server"));
        }
        Result result = run(new Settings(base, "tcp://127.0.0.1:9942", Integer.getInteger("bench.stand-in-port", 9951),
                System.getProperty("bench.oidc", "http://127.0.0.1:8180/fedora"), pid, messages, rate, fixtures,
                Path.of(System.getProperty("bench.server-log", "target/crash-restarted-server.log"))));
        System.out.printf("the restarted server runs as PID %d (its output: %s)%n", result.newPid(),
                System.getProperty("bench.server-log", "target/crash-restarted-server.log"));
        System.out.printf("lost: %d, processed twice: %d%n", result.lost(), result.processedTwice());
        System.exit(0);
    }

    public static Result run(Settings settings) throws Exception {
        CrashRecoveryHarness harness = new CrashRecoveryHarness(settings);
        try {
            return harness.run();
        } finally {
            if (harness.standIn != null) {
                harness.standIn.stop(0);
            }
        }
    }

    private Result run() throws Exception {
        startStandIns();
        String token = token();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<String> emails = new ArrayList<>();
        for (int hub = 0; hub < (settings.messages() + 1) / 2; hub++) {
            String name = "crash-" + runId + "-" + hub;
            send(token, HttpRequest.newBuilder(settings.base().resolve("/api/hubs")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"owner\":\"" + name + "\"}")));
            for (int w = 0; w < 2 && emails.size() < settings.messages(); w++) {
                String email = name + "-" + w + "@example.org";
                send(token, HttpRequest.newBuilder(settings.base().resolve("/api/hubs/" + name + "/widgets"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"type\":\"package-reviews\",\"config\":{\"email\":\"" + email + "\"}}")));
                emails.add(email);
            }
        }
        // Every widget's first computation asks once: after that, each message should ask once more.
        await("first computations").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> emails.stream().allMatch(e -> count(e) >= 1));
        // Let those computations and their cool-downs pass: then each message is a leading edge.
        await("no rebuild pending").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get(token, "/api/admin/status").contains("\"pending\":0"));
        Map<String, Integer> before = new HashMap<>();
        emails.forEach(email -> before.put(email, count(email)));
        System.out.printf("%d widgets ready; publishing %d messages at %d/s to %s, SIGKILL after a quarter%n",
                emails.size(), settings.messages(), settings.rate(), settings.publishEndpoint());

        String recording = Files.readString(settings.fixtures().resolve("messages/0001-prod.bugzilla.bug.update.json"));
        double downSeconds;
        long newPid;
        try (ZContext context = new ZContext()) {
            ZMQ.Socket publisher = context.createSocket(SocketType.XPUB);
            publisher.setSndHWM(0);
            publisher.setReceiveTimeOut(60_000);
            publisher.bind(settings.publishEndpoint());
            if (publisher.recv(0) == null) {
                throw new IllegalStateException("the server did not subscribe to " + settings.publishEndpoint());
            }
            publisher.setReceiveTimeOut(0);
            List<String> envelopes = new ArrayList<>();
            for (int k = 0; k < settings.messages(); k++) {
                envelopes.add(recording.replace(REPORTER, emails.get(k)));
            }
            long interval = 1_000_000_000L / settings.rate();
            int killAt = settings.messages() / 4;
            long start = System.nanoTime();
            long killedAt = 0;
            Process restarted = null;
            for (int k = 0; k < settings.messages(); k++) {
                long due = start + k * interval;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                while (publisher.recv(ZMQ.DONTWAIT) != null) {
                    // (un)subscriptions of the restarting server: XPUB hands them over
                }
                JsonObject envelope = Json.createObjectBuilder(Json.createReader(new StringReader(envelopes.get(k))).readObject())
                        .add("msg_id", "crash-" + runId + "-" + k)
                        .add("timestamp", System.currentTimeMillis() / 1000.0).build();
                published.add(envelope);
                publisher.sendMore(TOPIC);
                publisher.send(envelope.toString());
                if (k == killAt) {
                    killedAt = System.nanoTime();
                    restarted = killAndRestart();
                }
            }
            newPid = restarted == null ? settings.pid() : restarted.pid();
            URI ready = settings.base().resolve("/api/widget-types");
            long upAt = await("the restarted server").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().until(() -> http.send(HttpRequest.newBuilder(ready).GET().build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? System.nanoTime() : null,
                            java.util.Objects::nonNull);
            downSeconds = (upAt - killedAt) / 1e9;
        }
        // Settled: every widget asked again, or nothing changed for 30 s.
        long[] lastChange = {System.nanoTime()};
        int[] lastTotal = {-1};
        await("the pipeline to settle").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            int total = queriesByEmail.values().stream().mapToInt(AtomicInteger::get).sum();
            if (total != lastTotal[0]) {
                lastTotal[0] = total;
                lastChange[0] = System.nanoTime();
            }
            boolean allAsked = emails.stream().allMatch(e -> count(e) > before.get(e));
            return (allAsked && System.nanoTime() - lastChange[0] > TimeUnit.SECONDS.toNanos(10))
                    || System.nanoTime() - lastChange[0] > TimeUnit.SECONDS.toNanos(30);
        });
        int lost = 0;
        int twice = 0;
        for (String email : emails) {
            int rebuilds = count(email) - before.get(email);
            if (rebuilds == 0) {
                lost++;
            } else if (rebuilds > 1) {
                twice++;
            }
        }
        System.out.printf("published %d messages; the server was down %.1f s (SIGKILL to answering again)%n",
                settings.messages(), downSeconds);
        return new Result(settings.messages(), lost, twice, downSeconds, newPid);
    }

    /** Kills the server with SIGKILL and starts it again with its own command line, in its own directory. */
    private Process killAndRestart() throws Exception {
        Path proc = Path.of("/proc", Long.toString(settings.pid()));
        List<String> command = Arrays.asList(new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                .split("\u0000"));
        Path directory = Files.readSymbolicLink(proc.resolve("cwd"));
        ProcessHandle server = ProcessHandle.of(settings.pid()).orElseThrow();
        server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no orderly undeployment
        server.onExit().get(30, TimeUnit.SECONDS);
        System.out.printf("SIGKILL sent to %d; starting it again%n", settings.pid());
        return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(settings.serverLog().toFile()).start();
    }

    /** The JVM whose command line runs WildFly and mentions {@code match}. */
    private static long findServer(String match) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains(match)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no running WildFly mentions '" + match + "' (-Dbench.pid=...)"));
    }

    private int count(String email) {
        return queriesByEmail.getOrDefault(email, new AtomicInteger()).get();
    }

    /** Bugzilla (counting the queries per reporter, answering no bugs) and datagrepper (the messages published). */
    private void startStandIns() throws IOException {
        standIn = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.standInPort()), 64);
        standIn.createContext("/bugzilla/rest/bug", exchange -> {
            Matcher creator = CREATOR.matcher("?" + exchange.getRequestURI().getRawQuery());
            if (creator.find()) {
                queriesByEmail.computeIfAbsent(URLDecoder.decode(creator.group(1), StandardCharsets.UTF_8),
                        e -> new AtomicInteger()).incrementAndGet();
            }
            reply(exchange, "{\"bugs\": []}");
        });
        standIn.createContext("/datagrepper/raw", exchange -> {
            Map<String, String> query = new HashMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
            double from = Double.parseDouble(query.getOrDefault("start", "0"));
            double to = Double.parseDouble(query.getOrDefault("end", "1e12"));
            int rows = Integer.parseInt(query.getOrDefault("rows_per_page", "100"));
            int page = Integer.parseInt(query.getOrDefault("page", "1"));
            List<JsonObject> range = published.stream().filter(m -> m.getJsonNumber("timestamp").doubleValue() >= from
                    && m.getJsonNumber("timestamp").doubleValue() <= to + 1).toList();
            JsonArrayBuilder messages = Json.createArrayBuilder();
            range.stream().skip((long) (page - 1) * rows).limit(rows).forEach(messages::add);
            reply(exchange, Json.createObjectBuilder().add("raw_messages", messages)
                    .add("pages", Math.max(1, (range.size() + rows - 1) / rows)).add("total", range.size()).build().toString());
        });
        standIn.start();
    }

    private static void reply(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String token() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.oidcIssuer() + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=admin-crash&password=x&client_id=hubs"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private String get(String token, String path) throws IOException, InterruptedException {
        return send(token, HttpRequest.newBuilder(settings.base().resolve(path)).GET());
    }

    private String send(String token, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
