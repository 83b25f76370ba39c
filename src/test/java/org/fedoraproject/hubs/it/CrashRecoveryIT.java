package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bench.CrashRecoveryHarness;
import org.junit.jupiter.api.Test;

/**
 * The crash harness in small: a server of its own (its own base directory, ports offset by 300,
 * the packaged WAR) is killed with SIGKILL while bus messages arrive, started again, and every
 * message reaches its widget (those sent while it was down through its datagrepper backlog).
 * Not an Arquillian test: it starts and kills its own server, beside the suite's.
 */
class CrashRecoveryIT {

    private static final int PORT_OFFSET = 300;

    @Test
    void aKilledServerLosesNoMessage() throws Exception {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        Path base = Path.of("target", "crash-server").toAbsolutePath();
        prepare(jbossHome, base);
        URI url = URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET));
        Process shell = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml", "--stability=community",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                "-Dhubs.bus.endpoints=tcp://127.0.0.1:19950",
                "-Dhubs.bugzilla.url=http://127.0.0.1:19951/bugzilla",
                "-Dhubs.bus.datagrepper-url=http://127.0.0.1:19951/datagrepper",
                "-Dhubs.oidc.issuer=" + System.getProperty("it.oidc.issuer"),
                "-Dhubs.oidc.client-id=hubs", "-Dhubs.oidc.client-secret=it-secret")
                .redirectErrorStream(true).redirectOutput(base.resolve("first-run.log").toFile()).start();
        long restartedPid = -1;
        try {
            long serverPid = await().atMost(Duration.ofSeconds(60)).until(() -> shell.descendants()
                    .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
                    .mapToLong(ProcessHandle::pid).findFirst().orElse(-1), pid -> pid > 0);
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(url.resolve("/api/widget-types")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);

            CrashRecoveryHarness.Result result = CrashRecoveryHarness.run(new CrashRecoveryHarness.Settings(
                    url, "tcp://127.0.0.1:19950", 19951, System.getProperty("it.oidc.issuer"), serverPid,
                    400, 100, Fixtures.dir(), base.resolve("second-run.log")));
            restartedPid = result.newPid();

            assertThat(result.lost()).as("messages lost (the server logs are in %s)", base).isZero();
            assertThat(result.processedTwice()).as("rebuilt twice").isLessThanOrEqualTo(result.published() / 10);
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
            if (restartedPid > 0) {
                ProcessHandle.of(restartedPid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    /** A base directory of its own: the suite's configuration and the packaged WAR, nothing else. */
    private static void prepare(Path jbossHome, Path base) throws IOException {
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path configuration = base.resolve("configuration");
        Files.createDirectories(configuration);
        Files.createDirectories(base.resolve("deployments"));
        for (String file : List.of("standalone-full.xml", "logging.properties", "application-users.properties",
                "application-roles.properties", "mgmt-users.properties", "mgmt-groups.properties")) {
            Path source = jbossHome.resolve("standalone/configuration").resolve(file);
            if (Files.exists(source)) {
                Files.copy(source, configuration.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try {
            Files.copy(Path.of(System.getProperty("hubs.war")), base.resolve("deployments/hubs.war"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
