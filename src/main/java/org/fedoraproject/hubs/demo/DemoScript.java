package org.fedoraproject.hubs.demo;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The recorded story of {@code demo/script.json}: bus messages to replay in order, and what Bugzilla
 * answers from each step on.
 */
record DemoScript(String user, String email, String initialBugzilla, List<Step> steps) {

    /** One replayed message; {@code bugzilla} is the new Bugzilla answer from then on, or null. */
    record Step(String topic, String recorded, String bugzilla) {

        /**
         * The envelope to send in one pass of the replay: the recording with its id suffixed by the
         * pass, since Hubs (and its broker, durably) process every message id only once.
         */
        String envelope(String pass) {
            JsonObject json = JSON.createReader(new java.io.StringReader(recorded)).readObject();
            String idField = json.containsKey("msg_id") ? "msg_id" : "id";
            String id = json.getString(idField, topic);
            return JSON.createObjectBuilder(json).add(idField, id + "-demo-" + pass).build().toString();
        }
    }

    static DemoScript load() {
        JsonObject script = JSON.createReader(new java.io.StringReader(read("script.json"))).readObject();
        List<Step> steps = script.getJsonArray("steps").stream().map(JsonValue::asJsonObject).map(step -> {
            String envelope = read("messages/" + step.getString("message"));
            String topic = JSON.createReader(new java.io.StringReader(envelope)).readObject().getString("topic");
            JsonValue bugzilla = step.get("bugzilla");
            return new Step(topic, envelope, bugzilla == null ? null : bugzilla.toString());
        }).toList();
        return new DemoScript(script.getString("user"), script.getString("email"),
                script.getJsonObject("initial_bugzilla").toString(), steps);
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo/" + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DemoScript.class.getClassLoader().getResourceAsStream("demo/" + name);
        if (in == null) {
            throw new IllegalStateException("demo/" + name + " is missing from the application");
        }
        return in;
    }
}
