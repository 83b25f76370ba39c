package org.fedoraproject.hubs.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fedoraproject.hubs.Fixtures;

/**
 * A local HTTP server answering Bugzilla's {@code /rest/bug} with recorded answers, or failing on
 * demand; it records the queries it was asked.
 */
final class BugzillaStandIn implements AutoCloseable {

    private final HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile String answer = "{\"bugs\": []}";
    private final Map<String, String> answersByCreator = new ConcurrentHashMap<>();
    private volatile int status = 200;

    BugzillaStandIn(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/rest/bug", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            String reply = status == 200 ? answersByCreator.getOrDefault(creator(query), answer) : "<html>Service Unavailable</html>";
            byte[] body = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "text/html");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Answers with a recorded response from {@code src/test/resources/bugzilla/}. */
    void answerWith(String recording) {
        answer = Fixtures.resource("bugzilla/" + recording);
        status = 200;
    }

    /** Answers queries for the review requests of {@code creator} with this recording, others as before. */
    void answerFor(String creator, String recording) {
        answersByCreator.put(creator, Fixtures.resource("bugzilla/" + recording));
    }

    private static String creator(String rawQuery) {
        for (String parameter : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            if (parameter.startsWith("creator=")) {
                return URLDecoder.decode(parameter.substring("creator=".length()), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    void failWith(int httpStatus) {
        status = httpStatus;
    }

    List<String> queries() {
        return queries;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
