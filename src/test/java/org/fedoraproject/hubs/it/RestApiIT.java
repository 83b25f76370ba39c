package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The REST API's answers to good and bad requests: never a 500 for what a client sent, nor for
 * ordinary races (two creations of one name, concurrent moves).
 */
@RunAsClient
class RestApiIT extends DeployedHubs {

    @Test
    void widgetsAreAddedMovedReconfiguredAndRemoved() {
        String hub = PipelineIT.uniqueHub();
        long widget = api().userHubWithReviews(hub, "someone@example.org");
        HubsApi api = api().as(hub);

        JsonObject layout = api.get("/api/hubs/" + hub).json();
        assertThat(layout.getString("type")).isEqualTo("user");
        assertThat(layout.getJsonArray("widgets").getJsonObject(0).getString("type")).isEqualTo("package-reviews");

        HubsApi.Reply moved = api.patch("/api/hubs/" + hub + "/widgets/" + widget,
                "{\"column\": \"left\", \"index\": 3, \"config\": {\"email\": \"other@example.org\"}}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().getString("column")).isEqualTo("left");
        assertThat(moved.json().getJsonObject("config").getString("email")).isEqualTo("other@example.org");

        assertThat(api.delete("/api/hubs/" + hub + "/widgets/" + widget).status()).isEqualTo(204);
        assertProblem(api.get("/api/hubs/" + hub + "/widgets/" + widget), 404);
        assertThat(api.get("/api/widget-types").body()).contains("\"name\":\"package-reviews\"", "\"rule\"");
    }

    @Test
    void badRequestsGetProblemDocumentsWithA4xxStatus() {
        String hub = PipelineIT.uniqueHub();
        api().signedIn(hub);
        HubsApi api = api().as(hub);
        String widgets = "/api/hubs/" + hub + "/widgets";
        JsonObject before = api.asAdmin().get("/api/admin/status").json().getJsonObject("api").getJsonObject("rejected_by_status");

        assertProblem(api.get("/api/hubs/no-such-hub-" + hub), 404);
        assertThat(assertProblem(api.get("/api/hubs/not%20a%20name"), 422).getJsonObject("errors").keySet())
                .containsExactly("hub");
        assertProblem(api.get("/api/hubs/not%20a%20name/events"), 422);
        assertProblem(api.post("/api/hubs/-leading-dash/widgets", "{\"type\": \"package-reviews\"}"), 422);
        assertProblem(api.get("/api/hubs/" + hub + "/widgets/not-a-number"), 404);
        assertProblem(api.post(widgets, "{\"type\": \"package-reviews\", \"config\": "), 400);
        assertProblem(api.post(widgets, "[1, 2, 3]"), 400);
        assertProblem(api.post(widgets, "{\"type\": 1" + "0".repeat(2000) + "}"), 400);
        assertProblem(api.post(widgets, "[".repeat(5000) + "]".repeat(5000)), 400);
        assertProblem(api.post(widgets, "{\"type\": \"" + "x".repeat(70_000) + "\"}"), 413);

        JsonObject unknownType = assertProblem(api.post(widgets, "{\"type\": \"no-such-widget\"}"), 422);
        assertThat(unknownType.getJsonObject("errors").containsKey("type")).isTrue();
        JsonObject badEmail = assertProblem(api.post(widgets,
                "{\"type\": \"package-reviews\", \"config\": {\"email\": \"not an address\", \"colour\": \"blue\"}}"), 422);
        assertThat(badEmail.getJsonObject("errors").keySet()).contains("email", "colour");
        JsonObject badColumn = assertProblem(api.post(widgets,
                "{\"type\": \"package-reviews\", \"config\": {\"email\": \"a@example.org\"}, \"column\": \"middle\"}"), 422);
        assertThat(badColumn.getJsonObject("errors").containsKey("column")).isTrue();
        assertProblem(api.post(widgets, "{\"type\": \"package-reviews\", \"index\": \"first\"}"), 422);

        long widget = api.userHubWithReviews(hub, "someone@example.org");
        JsonObject badConfig = assertProblem(api.patch(widgets + "/" + widget, "{\"config\": {\"email\": 42}}"), 422);
        assertThat(badConfig.getJsonObject("errors").containsKey("email")).isTrue();
        assertProblem(api.patch(widgets + "/" + widget, "{\"index\": -1}"), 422);
        assertProblem(api.patch(widgets + "/" + widget, "{\"config\": \"email\"}"), 422);
        assertProblem(api.delete(widgets + "/999999999"), 404);
        assertProblem(api.post("/api/hubs/no-such-hub-" + hub + "/widgets", "{\"type\": \"package-reviews\"}"), 404);

        // Every refusal is counted, by status, for the operators.
        JsonObject after = api.asAdmin().get("/api/admin/status").json().getJsonObject("api").getJsonObject("rejected_by_status");
        assertThat(after.getJsonNumber("413").longValue() - before.getInt("413", 0)).isEqualTo(1);
        assertThat(after.getJsonNumber("422").longValue() - before.getInt("422", 0)).isGreaterThanOrEqualTo(7);
    }

    @Test
    void racingCreatesOfOneNameGiveOneCreatedAndConflictsNeverA500() throws Exception {
        String team = PipelineIT.uniqueHub();
        List<HubsApi> creators = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            creators.add(api().as(team + "-creator-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (HubsApi creator : creators) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return creator.post("/api/hubs", "{\"name\": \"" + team + "\"}").status();
                }));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get(60, TimeUnit.SECONDS));
            }
            assertThat(answers).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void controlCharactersInTextAreRefusedNamingTheField() {
        String hub = PipelineIT.uniqueHub();
        api().signedIn(hub);
        HubsApi api = api().as(hub);
        JsonObject title = assertProblem(api.patch("/api/hubs/" + hub, "{\"settings\": {\"title\": \"bad\\u0000title\"}}"), 422);
        assertThat(title.getJsonObject("errors").getString("title")).contains("control characters");
        JsonObject email = assertProblem(api.post("/api/hubs/" + hub + "/widgets",
                "{\"type\": \"package-reviews\", \"config\": {\"email\": \"a\\u001b@example.org\"}}"), 422);
        assertThat(email.getJsonObject("errors").getString("email")).contains("control characters");
        assertThat(api.get("/api/hubs/" + hub).json().getJsonObject("settings").containsKey("title")).isFalse();
    }

    @Test
    void concurrentMovesLeaveEveryColumnAtPositionsZeroToN() throws Exception {
        String hub = PipelineIT.uniqueHub();
        long first = api().userHubWithReviews(hub, "mover-0@example.org");
        HubsApi owner = api().as(hub);
        List<Long> widgets = new ArrayList<>(List.of(first));
        for (int i = 1; i < 8; i++) {
            widgets.add(owner.post("/api/hubs/" + hub + "/widgets", "{\"type\": \"package-reviews\", \"config\": "
                    + "{\"email\": \"mover-" + i + "@example.org\"}}").json().getJsonNumber("id").longValue());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Integer>>> clients = new ArrayList<>();
            for (int client = 0; client < 6; client++) {
                int seed = client;
                clients.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    List<Integer> statuses = new ArrayList<>();
                    for (int move = 0; move < 10; move++) {
                        long widget = widgets.get(random.nextInt(widgets.size()));
                        statuses.add(owner.patch("/api/hubs/" + hub + "/widgets/" + widget, "{\"column\": \""
                                + (random.nextBoolean() ? "left" : "right") + "\", \"index\": " + random.nextInt(9) + "}").status());
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> client : clients) {
                assertThat(client.get(120, TimeUnit.SECONDS)).containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, List<Integer>> positions = new TreeMap<>();
        for (JsonObject widget : api().get("/api/hubs/" + hub).json().getJsonArray("widgets").getValuesAs(JsonObject.class)) {
            positions.computeIfAbsent(widget.getString("column"), c -> new ArrayList<>()).add(widget.getInt("index"));
        }
        positions.forEach((column, indices) -> assertThat(indices).as(column)
                .containsExactlyElementsOf(IntStream.range(0, indices.size()).boxed().toList()));
        assertThat(positions.values().stream().mapToInt(List::size).sum()).isEqualTo(8);
    }
}
