package org.fedoraproject.hubs.demo;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded story of {@code demo/script.json}: the hubs to show, what the outside services answer
 * at the start, and the bus messages to replay in order with what the services answer from each step
 * on. {@code demo/README.md} tells the story.
 */
record DemoScript(List<DemoHub> hubs, Answers initialAnswers, List<Step> steps) {

    /** A hub the demo creates, with the widgets it gets when it has none. {@code team} hubs have an owner. */
    record DemoHub(String name, boolean team, String email, String owner, List<String> members,
                   JsonObject settings, List<DemoWidget> widgets) {
    }

    record DemoWidget(String type, JsonObject config, String column) {
    }

    /**
     * Recorded answers by service and request ({@link RecordedAnswers}). In the script an answer is
     * either the JSON itself or the name of a file under {@code demo/answers/} (JSON or XML).
     */
    record Answers(Map<String, Map<String, String>> byService) {

        static final Answers NONE = new Answers(Map.of());

        void applyTo(RecordedAnswers answers) {
            byService.forEach((service, requests) -> requests.forEach((request, body) ->
                    answers.answer(service, request, body)));
        }

        static Answers from(JsonObject json) {
            if (json == null) {
                return NONE;
            }
            Map<String, Map<String, String>> byService = new LinkedHashMap<>();
            json.forEach((service, requests) -> {
                Map<String, String> bodies = new LinkedHashMap<>();
                requests.asJsonObject().forEach((request, answer) -> bodies.put(request,
                        answer instanceof JsonString file ? read("answers/" + file.getString()) : answer.toString()));
                byService.put(service, bodies);
            });
            return new Answers(byService);
        }
    }

    /** One replayed message, and the services' answers that change with it. */
    record Step(String topic, String recorded, Answers answers) {

        /**
         * The envelope to send in one pass of the replay: the recording with its id suffixed by the
         * pass, since Hubs (and its broker, durably) process every message id only once.
         */
        String envelope(String pass) {
            JsonObject json = parse(recorded);
            String idField = json.containsKey("msg_id") ? "msg_id" : "id";
            String id = json.getString(idField, topic);
            return JSON.createObjectBuilder(json).add(idField, id + "-demo-" + pass).build().toString();
        }
    }

    static DemoScript load() {
        JsonObject script = parse(read("script.json"));
        List<DemoHub> hubs = script.getJsonArray("hubs").stream().map(JsonValue::asJsonObject).map(hub -> new DemoHub(
                hub.getString("name"), hub.getString("type", "user").equals("team"), hub.getString("email", null),
                hub.getString("owner", null),
                hub.containsKey("members") ? hub.getJsonArray("members").getValuesAs(JsonString::getString) : List.of(),
                hub.containsKey("settings") ? hub.getJsonObject("settings") : JsonValue.EMPTY_JSON_OBJECT,
                hub.getJsonArray("widgets").stream().map(JsonValue::asJsonObject).map(widget -> new DemoWidget(
                        widget.getString("type"),
                        widget.containsKey("config") ? widget.getJsonObject("config") : JsonValue.EMPTY_JSON_OBJECT,
                        widget.getString("column", null))).toList())).toList();
        List<Step> steps = script.getJsonArray("steps").stream().map(JsonValue::asJsonObject).map(step -> {
            String envelope = read("messages/" + step.getString("message"));
            return new Step(parse(envelope).getString("topic"), envelope, Answers.from(step.getJsonObject("answers")));
        }).toList();
        return new DemoScript(hubs, Answers.from(script.getJsonObject("answers")), steps);
    }

    private static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String read(String name) {
        try (InputStream in = DemoScript.class.getClassLoader().getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo/" + name, e);
        }
    }
}
