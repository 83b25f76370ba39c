package org.fedoraproject.hubs.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    private volatile int status = 200;

    BugzillaStandIn(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/rest/bug", exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            byte[] body = (status == 200 ? answer : "<html>Service Unavailable</html>").getBytes(StandardCharsets.UTF_8);
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
