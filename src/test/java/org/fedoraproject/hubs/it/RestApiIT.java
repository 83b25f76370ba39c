package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The REST API's answers to good and bad requests: never a 500 for what a client sent. */
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
}
