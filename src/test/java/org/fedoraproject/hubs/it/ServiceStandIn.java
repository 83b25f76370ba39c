package org.fedoraproject.hubs.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.demo.RecordedAnswers;

/**
 * A local HTTP server standing in for the outside services widgets read: {@code /<service>/<path>}
 * answers what a test recorded for that service and path ({@link RecordedAnswers}), fails on demand,
 * and remembers the requests it was asked. The test server points {@code hubs.<service>.url} at
 * {@code http://127.0.0.1:<it.standins.port>/<service>}.
 */
final class ServiceStandIn implements AutoCloseable {

    private final HttpServer server;
    private final RecordedAnswers answers = new RecordedAnswers();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, List<String>> requests = new ConcurrentHashMap<>();

    ServiceStandIn() throws IOException {
        this(Integer.getInteger("it.standins.port"));
    }

    /** A stand-in on a port of its own, for a server of a test's own (its {@code hubs.<service>.url} point there). */
    ServiceStandIn(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String route = exchange.getRequestURI().getRawPath();
            int slash = route.indexOf('/', 1);
            String service = slash < 0 ? route.substring(1) : route.substring(1, slash);
            String path = slash < 0 ? "/" : route.substring(slash);
            String query = exchange.getRequestURI().getRawQuery();
            requests.computeIfAbsent(service, s -> new CopyOnWriteArrayList<>()).add(query == null ? path : path + "?" + query);
            Integer failure = failures.get(service);
            Optional<String> answer = failure == null ? answers.find(service, path, query) : Optional.empty();
            int status = failure != null ? failure : answer.isPresent() ? 200 : 404;
            byte[] body = answer.orElse("<html>" + status + "</html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.isEmpty() ? "text/html"
                    : answer.get().startsWith("<") ? "text/xml" : "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** From now on {@code service} answers {@code request} (path and optional query) with {@code body}, and no longer fails. */
    ServiceStandIn answer(String service, String request, String body) {
        answers.answer(service, request, body);
        failures.remove(service);
        return this;
    }

    /** As {@link #answer}, with a recorded answer from the test resources or {@code demo/answers/}. */
    ServiceStandIn record(String service, String request, String resource) {
        return answer(service, request, Fixtures.resource(resource));
    }

    /** Every request to {@code service} fails with {@code httpStatus} until it is given an answer again. */
    void failWith(String service, int httpStatus) {
        failures.put(service, httpStatus);
    }

    /** The requests {@code service} was asked, as {@code path?query}. */
    List<String> requests(String service) {
        return requests.getOrDefault(service, List.of());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
