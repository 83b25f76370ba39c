package org.fedoraproject.hubs.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The Payara domain the build provisioned for the tests ({@code server-config/payara/domain.sh}:
 * {@code payara.it.domain}, ports from {@code payara.it.portbase}), started with {@code asadmin}, its
 * queues emptied, the Payara WAR deployed at the root context; closing undeploys it and stops the
 * domain, so that the next provisioning finds it stopped and empty. Not Arquillian: the suite's
 * WildFly stays up meanwhile.
 */
final class PayaraDomain implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration DEPLOY = Duration.ofMinutes(5);
    private static final Duration STOP = Duration.ofMinutes(1);
    /** The OpenMQ queues of server-config/payara/hubs.sh, and OpenMQ's dead message queue. */
    private static final List<String> QUEUES = List.of("hubs_inbound", "hubs_rebuild", "hubs_baseline", "mq.sys.dmq");

    private final Path asadmin;
    private final String domain;
    private final int adminPort;
    private final URI url;

    private PayaraDomain(Path asadmin, String domain, int portbase) {
        this.asadmin = asadmin;
        this.domain = domain;
        this.adminPort = portbase + 48;
        this.url = URI.create("http://127.0.0.1:" + (portbase + 80));
    }

    /** Starts the domain, deploys the WAR and waits until the application answers. */
    static PayaraDomain start() throws IOException, InterruptedException {
        PayaraDomain payara = new PayaraDomain(Path.of(System.getProperty("payara.home"), "bin", "asadmin"),
                System.getProperty("payara.it.domain"), Integer.getInteger("payara.it.portbase"));
        payara.asadmin(START, "start-domain", payara.domain);
        try {
            payara.emptyQueues();
            payara.asadmin(DEPLOY, "deploy", "--force=true", "--name", "hubs", "--contextroot", "/",
                    System.getProperty("payara.war"));
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(payara.url.resolve("/api/widget-types")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            return payara;
        } catch (IOException | RuntimeException e) {
            payara.close();
            throw e;
        }
    }

    URI url() {
        return url;
    }

    /** Where to look when something went wrong. */
    Path log() {
        return asadmin.getParent().getParent().resolve("glassfish/domains").resolve(domain).resolve("logs/server.log");
    }

    @Override
    public void close() {
        try {
            asadmin(DEPLOY, "undeploy", "hubs");
        } catch (IOException | InterruptedException | RuntimeException e) {
            // Stopping matters more: the next provisioning starts the domain again anyway.
        }
        try {
            asadmin(STOP, "stop-domain", domain);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not stop the Payara domain " + domain, e);
        }
    }

    /** What earlier runs left on the pipeline's queues and in the dead message queue goes: the tests count. */
    private void emptyQueues() throws IOException, InterruptedException {
        Path commands = Files.createTempFile("asadmin", ".txt");
        try {
            Files.writeString(commands, QUEUES.stream().map(queue -> "flush-jmsdest --desttype queue " + queue + "\n")
                    .collect(Collectors.joining()));
            String output = asadmin(STOP, "multimode", "--file", commands.toString());
            if (output.lines().anyMatch(line -> line.endsWith(" failed.") || line.startsWith("remote failure"))) {
                throw new IllegalStateException("emptying the queues failed: " + output);
            }
        } finally {
            Files.deleteIfExists(commands);
        }
    }

    private String asadmin(Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(asadmin.toString(), "--interactive=false",
                "--port", String.valueOf(adminPort)));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("asadmin", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + arguments[0] + " took more than " + timeout);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed: " + text
                        + " (server log: " + log() + ")");
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
