package org.fedoraproject.hubs.widgets.bodhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;

class UpdateListsTest {

    private static final String BODHI = "https://bodhi.fedoraproject.org";

    @Test
    void ralphsFedmsgUpdateIsPendingBeforeTheCorpusPushAndInTestingAfterIt() throws Exception {
        JsonObject before = UpdateLists.from(recorded("ralph-pending.json"), recorded("no-updates.json"), "ralph", BODHI);
        JsonObject after = UpdateLists.from(recorded("no-updates.json"), recorded("ralph-testing.json"), "ralph", BODHI);

        assertThat(titles(before, "pending")).isEqualTo("[fedmsg-0.2.7-2.el6]");
        assertThat(titles(before, "testing")).isEqualTo("[]");
        assertThat(titles(after, "pending")).isEqualTo("[]");
        assertThat(titles(after, "testing")).isEqualTo("[fedmsg-0.2.7-2.el6]");
        JsonObject fedmsg = after.getJsonArray("testing").getJsonObject(0);
        assertThat(fedmsg.getString("alias")).isEqualTo("FEDORA-EPEL-2012-6650"); // the id of 0196
        assertThat(fedmsg.getString("url")).isEqualTo(BODHI + "/updates/FEDORA-EPEL-2012-6650");
        assertThat(fedmsg.getString("release")).isEqualTo("Fedora EPEL 6");
        assertThat(fedmsg.getString("submitted")).isEqualTo("2012-08-06T15:15:52Z");
        assertThat(fedmsg.getInt("stable_karma")).isEqualTo(3);
        assertThat(after.getJsonArray("ready_for_stable")).isEmpty();
        assertThat(before.getJsonArray("pending").getJsonObject(0).getString("request")).isEqualTo("testing");
    }

    @Test
    void anUpdateThatMeetsItsTestingRequirementsIsReadyForStable() throws Exception {
        JsonObject before = UpdateLists.from(recorded("no-updates.json"), recorded("elyscape-testing.json"), "elyscape", BODHI);
        JsonObject after = UpdateLists.from(recorded("no-updates.json"), recorded("elyscape-testing-met.json"), "elyscape", BODHI);

        assertThat(titles(before, "testing")).isEqualTo("[python-josepy-1.1.0-1.fc28]");
        assertThat(titles(before, "ready_for_stable")).isEqualTo("[]");
        assertThat(titles(after, "testing")).isEqualTo("[]");
        assertThat(titles(after, "ready_for_stable")).isEqualTo("[python-josepy-1.1.0-1.fc28]");
    }

    @Test
    void withoutBodhisVerdictKarmaReachingTheThresholdMeansReady() {
        assertThat(UpdateLists.readyForStable(json("{\"karma\": 3, \"stable_karma\": 3}"))).isTrue();
        assertThat(UpdateLists.readyForStable(json("{\"karma\": 2, \"stable_karma\": 3}"))).isFalse();
        assertThat(UpdateLists.readyForStable(json("{\"karma\": 0, \"stable_karma\": 0}"))).isFalse();
        assertThat(UpdateLists.readyForStable(json("{\"karma\": 5, \"stable_karma\": 3, \"meets_testing_requirements\": false}")))
                .isFalse();
    }

    @Test
    void sortsNewestFirstAndLinksUpdatesWithoutAnAliasByTitle() throws Exception {
        JsonObject pending = json("""
                {"updates": [
                  {"title": "old-1-1.fc40", "alias": null, "date_submitted": "2024-01-01 10:00:00"},
                  {"title": "new-1-1.fc40", "alias": null, "date_submitted": 1717236000, "display_name": "The new one"}
                ]}""");

        JsonObject lists = UpdateLists.from(pending, recorded("no-updates.json"), "x", BODHI);

        assertThat(titles(lists, "pending")).isEqualTo("[The new one, old-1-1.fc40]");
        assertThat(lists.getJsonArray("pending").getJsonObject(1).getString("url")).isEqualTo(BODHI + "/updates/old-1-1.fc40");
        assertThat(lists.getJsonArray("pending").getJsonObject(0).getString("submitted")).isEqualTo("2024-06-01T10:00:00Z");
    }

    @Test
    void refusesAnswersThatAreNotBodhis() {
        assertThatThrownBy(() -> UpdateLists.from(json("{\"errors\": []}"), recorded("no-updates.json"), "x", BODHI))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> UpdateLists.from(json("{\"updates\": [{\"alias\": \"x\"}]}"), recorded("no-updates.json"), "x", BODHI))
                .isInstanceOf(IOException.class);
    }

    private static String titles(JsonObject lists, String list) {
        return lists.getJsonArray(list).stream().map(u -> u.asJsonObject().getString("title")).toList().toString();
    }

    private static JsonObject recorded(String file) {
        return json(Fixtures.resource("demo/answers/bodhi/" + file));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
