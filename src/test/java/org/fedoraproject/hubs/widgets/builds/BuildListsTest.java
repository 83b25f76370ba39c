package org.fedoraproject.hubs.widgets.builds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;

class BuildListsTest {

    private static final String KOJI = "https://koji.fedoraproject.org/koji";
    private static final String COPR = "https://copr.fedorainfracloud.org";

    @Test
    void ralphsEclipsePtpBuildFailedBeforeTheCorpusMessageAndIsBuildingAfterIt() throws Exception {
        JsonObject before = BuildLists.koji(recordedKoji("ralph.xml"), "ralph", KOJI);
        JsonObject after = BuildLists.koji(recordedKoji("ralph-building.xml"), "ralph", KOJI);

        JsonObject failed = before.getJsonArray("builds").getJsonObject(0);
        assertThat(failed.getJsonNumber("id").longValue()).isEqualTo(12345); // 0219's build_id
        assertThat(failed.getString("title")).isEqualTo("eclipse-ptp-6.0.3-1.fc19");
        assertThat(failed.getString("state")).isEqualTo("failed");
        assertThat(failed.getString("outcome")).isEqualTo("failed");
        assertThat(failed.getString("url")).isEqualTo(KOJI + "/buildinfo?buildID=12345");
        JsonObject building = after.getJsonArray("builds").getJsonObject(0);
        assertThat(building.getString("state")).isEqualTo("building");
        assertThat(building.getString("outcome")).isEqualTo("running");
        assertThat(building.getString("time")).isEqualTo("2013-01-31T03:59:32.179Z"); // 0219's time: started again
        assertThat(after.getJsonArray("builds").getJsonObject(1).getString("state")).isEqualTo("complete");
        assertThat(after.getString("url")).isEqualTo(KOJI + "/userinfo?userID=ralph");
    }

    @Test
    void jclinesFedmsgBuildCompletesWithTheCorpusMessage() throws Exception {
        JsonObject after = BuildLists.koji(recordedKoji("jcline-complete.xml"), "jcline", KOJI);

        JsonObject build = after.getJsonArray("builds").getJsonObject(0);
        assertThat(build.getString("title")).isEqualTo("fedmsg-1.0.1-4.fc26");
        assertThat(build.getString("outcome")).isEqualTo("succeeded");
        assertThat(build.getString("time")).isEqualTo("2017-09-14T14:29:51Z"); // 0233's timestamp
        assertThat(BuildLists.koji(recordedKoji("jcline.xml"), "jcline", KOJI)
                .getJsonArray("builds").getJsonObject(0).getString("state")).isEqualTo("building");
    }

    @Test
    void namesEveryKojiStateAndKeepsAtMostTheLimit() throws Exception {
        List<Map<String, Object>> answer = new java.util.ArrayList<>();
        for (long id = 12; id > 0; id--) { // states 0, 1, 2... 5 (no such state), 0...
            answer.add(Map.of("build_id", id, "state", (12 - id) % 6, "name", "p", "version", "1", "release", String.valueOf(id)));
        }

        JsonObject list = BuildLists.koji(answer, "x", KOJI);

        assertThat(list.getJsonArray("builds")).hasSize(BuildLists.LIMIT);
        assertThat(list.getJsonArray("builds").stream().map(b -> b.asJsonObject().getString("state")).toList())
                .containsExactly("building", "complete", "deleted", "failed", "canceled", "unknown",
                        "building", "complete", "deleted", "failed");
        assertThat(list.getJsonArray("builds").getJsonObject(0).getString("title")).isEqualTo("p-1-12");
    }

    @Test
    void przemofsFreeCadBuildSucceedsWithTheCorpusMessage() throws Exception {
        JsonObject before = BuildLists.copr(recordedCopr("przemof-FreeCAD.json"), "przemof", "FreeCAD", COPR);
        JsonObject after = BuildLists.copr(recordedCopr("przemof-FreeCAD-succeeded.json"), "przemof", "FreeCAD", COPR);

        JsonObject running = before.getJsonArray("builds").getJsonObject(0);
        assertThat(running.getJsonNumber("id").longValue()).isEqualTo(598679); // 0447's build
        assertThat(running.getString("title")).isEqualTo("freecad 1:0.17_pre-11967");
        assertThat(running.getString("outcome")).isEqualTo("running");
        assertThat(running.getString("url")).isEqualTo(COPR + "/coprs/przemof/FreeCAD/build/598679/");
        JsonObject succeeded = after.getJsonArray("builds").getJsonObject(0);
        assertThat(succeeded.getString("state")).isEqualTo("succeeded");
        assertThat(succeeded.getString("time")).isEqualTo("2017-09-05T20:24:14Z"); // 0447's timestamp
        assertThat(after.getString("url")).isEqualTo(COPR + "/coprs/przemof/FreeCAD/builds/");
    }

    @Test
    void withoutAProjectTheCoprListIsEmpty() {
        JsonObject none = BuildLists.noCoprProject("ralph");

        assertThat(none.getString("project")).isEmpty();
        assertThat(none.getJsonArray("builds")).isEmpty();
    }

    @Test
    void refusesAnswersOfTheWrongShape() {
        assertThatThrownBy(() -> BuildLists.koji(List.of(Map.of("nvr", "x-1-1")), "x", KOJI)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> BuildLists.copr(json("{\"error\": \"Project x/y does not exist.\"}"), "x", "y", COPR))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> BuildLists.copr(json("{\"items\": [{\"state\": \"running\"}]}"), "x", "y", COPR))
                .isInstanceOf(IOException.class);
    }

    private static List<?> recordedKoji(String file) throws IOException {
        return (List<?>) XmlRpc.answer(Fixtures.resource("demo/answers/koji/" + file), "Koji");
    }

    private static JsonObject recordedCopr(String file) {
        return json(Fixtures.resource("demo/answers/copr/" + file));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
