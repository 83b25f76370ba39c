package org.fedoraproject.hubs.widgets.builds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Koji and Copr clients against a local server answering the recorded answers: what they ask, what they read. */
class BuildsClientsTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String answer;
    private volatile int status = 200;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void kojiIsAskedForTheUsersNewestBuildsOverXmlRpc() throws Exception {
        answer = Fixtures.resource("demo/answers/koji/ralph.xml");

        List<?> builds = koji().newestBuilds("ralph", 10);

        assertThat(builds).hasSize(2);
        assertThat(((Map<?, ?>) builds.get(0)).get("nvr")).isEqualTo("eclipse-ptp-6.0.3-1.fc19");
        assertThat(requests).singleElement().asString()
                .startsWith("POST /kojihub <?xml")
                .contains("<methodName>listBuilds</methodName>", "<string>ralph</string>");
    }

    @Test
    void kojiFaultsAndErrorsAreIoErrors() {
        answer = "<html>Service Unavailable</html>";
        status = 503;
        assertThatThrownBy(() -> koji().newestBuilds("ralph", 10)).isInstanceOf(IOException.class)
                .hasMessage("Koji answered HTTP 503");
    }

    @Test
    void coprIsAskedForTheProjectsNewestBuilds() throws Exception {
        answer = Fixtures.resource("demo/answers/copr/przemof-FreeCAD.json");
        CoprClient copr = new CoprClient();
        copr.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        copr.webUrl = java.util.Optional.empty();
        copr.timeoutMillis = 5000;
        copr.connect();

        assertThat(copr.newestBuilds("przemof", "FreeCAD", 10).getJsonArray("items")).hasSize(1);
        assertThat(requests).singleElement().asString().isEqualTo(
                "GET /api_3/build/list/?ownername=przemof&projectname=FreeCAD&limit=10&order=id&order_type=DESC ");
        assertThat(copr.webUrl()).isEqualTo("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private KojiClient koji() {
        KojiClient koji = new KojiClient();
        koji.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/kojihub";
        koji.webUrl = "https://koji.fedoraproject.org/koji/";
        koji.timeoutMillis = 5000;
        koji.connect();
        return koji;
    }
}
