package org.fedoraproject.hubs.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A WildFly of a test's own, beside the suite's Arquillian server: the provisioned server's
 * configuration and the packaged WAR in a fresh base directory under {@code target/<name>}, its ports
 * offset, started with the VM options of every server the build starts (the pom's
 * {@code server.vm-options}: heap, direct memory, sign-in at the build's provider) and the given
 * system properties. For tests that kill a server or run it in a mode the suite's server must not
 * be in (the demo).
 */
final class OwnServer implements AutoCloseable {

    private final Process shell;
    private final Path base;
    private final URI url;
    private final long pid;

    private OwnServer(Process shell, Path base, URI url, long pid) {
        this.shell = shell;
        this.base = base;
        this.url = url;
        this.pid = pid;
    }

    /** Starts the server and waits until the application answers. */
    static OwnServer start(String name, int portOffset, List<String> systemProperties) throws IOException {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        Path base = Path.of("target", name).toAbsolutePath();
        prepare(jbossHome, base);
        List<String> command = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml", "--stability=community",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset));
        command.addAll(systemProperties);
        ProcessBuilder server = new ProcessBuilder(command);
        server.environment().put("JAVA_OPTS", System.getProperty("server.vm-options"));
        Process shell = server.redirectErrorStream(true).redirectOutput(base.resolve("first-run.log").toFile()).start();
        URI url = URI.create("http://127.0.0.1:" + (8080 + portOffset));
        try {
            long pid = await().atMost(Duration.ofSeconds(60)).until(() -> shell.descendants()
                    .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
                    .mapToLong(ProcessHandle::pid).findFirst().orElse(-1), found -> found > 0);
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(url.resolve("/api/widget-types")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            return new OwnServer(shell, base, url, pid);
        } catch (RuntimeException e) {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
            throw e;
        }
    }

    URI url() {
        return url;
    }

    /** The server's JVM (not the shell script that started it). */
    long pid() {
        return pid;
    }

    Path base() {
        return base;
    }

    @Override
    public void close() {
        shell.descendants().forEach(ProcessHandle::destroyForcibly);
        shell.destroyForcibly();
    }

    /** A base directory of its own: the suite's configuration and the packaged WAR, nothing else. */
    private static void prepare(Path jbossHome, Path base) throws IOException {
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
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
        Files.copy(Path.of(System.getProperty("hubs.war")), base.resolve("deployments/hubs.war"));
    }
}
