package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.fedoraproject.hubs.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * Team hubs, settings and memberships through the REST API, stored and still there after the server
 * restarts. The build runs this class twice: on the default H2 and on a server using PostgreSQL
 * (which alone can show a widget that another server added).
 */
@RunAsClient
class HubPersistenceIT extends DeployedHubs {

    @Test
    void theServerUsesTheDatabaseThisRunIsAbout() {
        JsonObject database = api().asAdmin().get("/api/admin/status").json().getJsonObject("database");
        assertThat(database.getString("product")).startsWith(System.getProperty("it.database"));
        assertThat(database.getString("schema_version")).isNotBlank();
    }

    @Test
    void teamHubsAreCreatedAndTheirSettingsChanged() {
        HubsApi api = api().as("alice");
        String team = PipelineIT.uniqueHub();

        HubsApi.Reply created = api.post("/api/hubs", """
                {"name": "%s", "settings": {"description": "Packagers of Python"}}""".formatted(team));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("type")).isEqualTo("team");
        assertThat(api.get("/t/" + team + "/").status()).isEqualTo(200);

        JsonObject hub = api.get("/api/hubs/" + team).json();
        assertThat(hub.getJsonObject("settings").getString("description")).isEqualTo("Packagers of Python");
        assertThat(names(hub.getJsonObject("people").getJsonArray("owner"))).containsExactly("alice");
        assertThat(api.get("/api/hubs?type=team").body()).contains("\"name\":\"" + team + "\"");

        HubsApi.Reply changed = api.patch("/api/hubs/" + team,
                "{\"settings\": {\"bugzilla_email\": \"python@example.org\", \"description\": null}}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getJsonObject("settings").keySet()).containsExactly("bugzilla_email");

        HubsApi.Reply widget = api.post("/api/hubs/" + team + "/widgets", "{\"type\": \"package-reviews\"}");
        assertThat(widget.status()).as("the e-mail comes from the hub's bugzilla_email").isEqualTo(201);
        assertThat(widget.json().getJsonObject("config").getString("email")).isEqualTo("python@example.org");

        assertProblem(api.post("/api/hubs", "{\"name\": \"" + team + "\"}"), 409);
        assertThat(assertProblem(api.post("/api/hubs", "{\"name\": \"no spaces\"}"), 422)
                .getJsonObject("errors").keySet()).containsExactly("name");
        assertProblem(api.post("/api/hubs", "{\"name\": \"" + team + "-x\", \"owner\": \"bob\"}"), 403);
        assertProblem(api.post("/api/hubs", "{\"name\": \"" + team + "-y\", \"type\": \"user\"}"), 422);
        assertProblem(api.post("/api/hubs", "{\"name\": 42}"), 422);
        assertProblem(api.post("/api/hubs", "not json"), 400);
        assertProblem(api.post("/api/hubs", "{\"name\": \"" + "x".repeat(70_000) + "\"}"), 413);
        assertProblem(api.patch("/api/hubs/" + team, "{\"settings\": [1]}"), 422);
        assertProblem(api.get("/api/hubs?type=galaxy"), 422);
        JsonObject badSettings = assertProblem(api.patch("/api/hubs/" + team,
                "{\"settings\": {\"bugzilla_email\": \"nobody\", \"favourite_colour\": \"blue\", \"title\": 3}}"), 422);
        assertThat(badSettings.getJsonObject("errors").keySet())
                .containsExactlyInAnyOrder("bugzilla_email", "favourite_colour", "title");
        assertThat(api.get("/api/hubs/" + team).json().getJsonObject("settings").getString("bugzilla_email"))
                .as("a refused change changes nothing").isEqualTo("python@example.org");
        assertProblem(api.patch("/api/hubs/no-such-" + team, "{\"settings\": {}}"), 404);
    }

    @Test
    void peopleJoinLeaveSubscribeAndStar() {
        HubsApi api = api();
        HubsApi alice = api.as("alice");
        HubsApi bob = api.as("bob");
        HubsApi carol = api.as("carol");
        String team = PipelineIT.uniqueHub();
        String members = "/api/hubs/" + team + "/members/";
        alice.post("/api/hubs", "{\"name\": \"" + team + "\"}");

        HubsApi.Reply joined = bob.put(members + "bob", "");
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().getString("role")).isEqualTo("member");
        assertThat(bob.put(members + "bob", "").status()).as("joining twice is harmless").isEqualTo(200);
        assertProblem(alice.delete(members + "alice"), 409); // the last owner cannot leave
        assertThat(alice.put(members + "bob", "{\"role\": \"owner\"}").json().getString("role")).isEqualTo("owner");
        assertThat(alice.delete(members + "alice").status()).isEqualTo(204);
        assertThat(carol.put("/api/hubs/" + team + "/subscribers/carol", "").status()).isEqualTo(200);
        assertThat(carol.put("/api/hubs/" + team + "/stargazers/carol", "").status()).isEqualTo(200);
        assertThat(bob.put("/api/hubs/" + team + "/stargazers/bob", "").status()).isEqualTo(200);
        assertThat(bob.delete("/api/hubs/" + team + "/stargazers/bob").status()).isEqualTo(204);
        assertThat(bob.delete("/api/hubs/" + team + "/stargazers/bob").status()).as("idempotent").isEqualTo(204);

        JsonObject people = api.get("/api/hubs/" + team).json().getJsonObject("people");
        assertThat(names(people.getJsonArray("owner"))).containsExactly("bob");
        assertThat(names(people.getJsonArray("member"))).isEmpty();
        assertThat(names(people.getJsonArray("subscriber"))).containsExactly("carol");
        assertThat(names(people.getJsonArray("stargazer"))).containsExactly("carol");
        assertThat(api.get("/api/hubs/" + team + "/members").body()).contains("\"user\":\"bob\"");
        assertThat(api.get("/api/users/carol").json().getJsonArray("memberships").getValuesAs(JsonObject.class))
                .anySatisfy(m -> assertThat(m.getString("hub") + "/" + m.getString("role")).isEqualTo(team + "/subscriber"));

        assertProblem(bob.put(members + "bob", "{\"role\": \"emperor\"}"), 422);
        assertProblem(bob.put(members + "bob", "{\"role\": "), 400);
        assertThat(assertProblem(bob.put(members + "not%20a%20name", ""), 422).getJsonObject("errors").keySet())
                .containsExactly("user");
        assertProblem(api.get("/api/users/not%20a%20name"), 422);
        assertProblem(bob.put("/api/hubs/no-such-" + team + "/members/bob", ""), 404);
        assertProblem(api.get("/api/users/never-seen-" + team), 404);
        api.signedIn(team + "-user");
        assertProblem(bob.put("/api/hubs/" + team + "-user/members/bob", ""), 409); // user hubs are not joined
        assertThat(bob.put("/api/hubs/" + team + "-user/stargazers/bob", "").status()).isEqualTo(200);
    }

    @Test
    void aRestartKeepsHubsMembersSettingsAndWidgets(@ArquillianResource ManagementClient management) throws Exception {
        HubsApi api = api();
        String team = PipelineIT.uniqueHub();
        api.as("alice").post("/api/hubs", "{\"name\": \"" + team + "\", \"settings\": {\"title\": \"Kept\"}}");
        api.as("bob").put("/api/hubs/" + team + "/members/bob", "");
        HubsApi.Reply widget = api.as("alice").post("/api/hubs/" + team + "/widgets",
                "{\"type\": \"package-reviews\", \"config\": {\"email\": \"kept@example.org\"}, \"column\": \"left\"}");
        assertThat(widget.status()).as(widget.body()).isEqualTo(201);
        String before = api.get("/api/hubs/" + team).body();

        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        management.getControllerClient().execute(reload);
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                .until(() -> api.get("/api/hubs/" + team).status() == 200);

        assertThat(api.get("/api/hubs/" + team).body()).isEqualTo(before);
        JsonObject restored = api.get("/api/hubs/" + team + "/widgets/" + widget.json().getJsonNumber("id")).json();
        assertThat(restored.getJsonObject("config").getString("email")).isEqualTo("kept@example.org");
    }

    /**
     * Another server sharing the database adds a widget (here: a row written straight into it):
     * this server has never heard of it, yet its first reader gets it computed (the rebuild worker
     * reconciles it from the database) and from then on triage here rebuilds it on bus messages.
     */
    @Test
    void aWidgetAddedByAnotherServerIsComputedAndTriagedHere() throws Exception {
        assumeTrue("PostgreSQL".equals(System.getProperty("it.database")), "needs a database other servers can share");
        HubsApi api = api();
        String team = PipelineIT.uniqueHub();
        api.as("alice").post("/api/hubs", "{\"name\": \"" + team + "\"}");
        long widget;
        try (Connection db = DriverManager.getConnection(System.getProperty("it.postgresql.url") + "?currentSchema="
                        + System.getProperty("it.postgresql.schema"), System.getProperty("it.postgresql.user"), "");
             PreparedStatement insert = db.prepareStatement("insert into widget_instance"
                     + " (hub_name, widget_type, config_json, page_column, position) values (?, 'package-reviews', ?, 'left', 0)",
                     new String[] {"id"})) {
            insert.setString(1, team);
            insert.setString(2, "{\"email\":\"" + PipelineIT.REPORTER + "\"}");
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                widget = key.getLong(1);
            }
        }
        try (ServiceStandIn bugzilla = new ServiceStandIn();
             BusPublisher bus = new BusPublisher(Integer.getInteger("it.bus.port"))) {
            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-waiting.json");
            JsonObject first = PipelineIT.awaitWidget(api, team, widget, w -> "fresh".equals(w.getString("state")));
            assertThat(PipelineIT.reviews(first, "waiting")).contains(PipelineIT.BUG);

            bugzilla.record("bugzilla", "/rest/bug", "bugzilla/quantum-under-review.json");
            bus.awaitSubscriber(Duration.ofSeconds(30));
            bus.publishAsNew(PipelineIT.REVIEW_TOPIC, Fixtures.message(PipelineIT.REVIEW_MESSAGE));
            PipelineIT.awaitWidget(api, team, widget, w -> PipelineIT.reviews(w, "under_review").contains(PipelineIT.BUG));
        }
    }

    private static List<String> names(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
