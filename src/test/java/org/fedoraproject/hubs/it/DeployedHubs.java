package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test starts from: the packaged WAR, deployed by Arquillian on the
 * provisioned WildFly, and its base URL. The tests talk to it from outside ({@code @RunAsClient}).
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedHubs {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive hubs() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hubs.war")));
    }

    HubsApi api() {
        return new HubsApi(URI.create(base.toString()));
    }

    /** Asserts that the reply is a problem document (RFC 9457) with this status, and returns it. */
    static JsonObject assertProblem(HubsApi.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        return problem;
    }

    /** How much a counter of {@code /api/admin/status} (or of one of its sections) grew. */
    static long delta(JsonObject after, JsonObject before, String counter) {
        return after.getJsonNumber(counter).longValue() - before.getJsonNumber(counter).longValue();
    }

    static long delta(JsonObject after, JsonObject before, String section, String counter) {
        return delta(after.getJsonObject(section), before.getJsonObject(section), counter);
    }
}
