package org.fedoraproject.hubs.widgets.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;

class BadgeListTest {

    private static final String BADGES = "https://badges.fedoraproject.org";

    @Test
    void listsTheRecordedBadgesNewestFirstWithLinks() throws Exception {
        JsonObject list = BadgeList.from(recorded("ralph.json"), "ralph", BADGES);

        assertThat(list.getInt("count")).isEqualTo(5);
        assertThat(ids(list)).isEqualTo("[white-hat, if-you-build-it...-koji-success-i, speak-up!, crypto-panda, egg]");
        assertThat(list.getString("profile_url")).isEqualTo(BADGES + "/user/ralph");
        JsonObject speakUp = list.getJsonArray("badges").getJsonObject(2);
        assertThat(speakUp.getString("url")).isEqualTo(BADGES + "/badge/speak-up%21");
        assertThat(speakUp.getString("image")).isEqualTo(BADGES + "/pngs/irc-speak-up.png");
        assertThat(speakUp.getString("issued")).isEqualTo("2013-03-19T00:00:00Z");
        assertThat(list.getInt("rank")).isZero();
    }

    @Test
    void theAwardOfTheCorpusMessageComesFirstAfterIt() throws Exception {
        JsonObject list = BadgeList.from(recorded("ralph-awarded.json"), "ralph", BADGES);

        assertThat(list.getInt("count")).isEqualTo(6);
        JsonObject newest = list.getJsonArray("badges").getJsonObject(0);
        assertThat(newest.getString("name")).isEqualTo("Something on your mind");
        assertThat(newest.getString("issued")).isEqualTo("2013-06-17T19:45:03Z"); // 0502's timestamp
    }

    @Test
    void theRankOfTheCorpusRankMessageShowsAfterIt() throws Exception {
        assertThat(BadgeList.from(recorded("ralph-ranked.json"), "ralph", BADGES).getInt("rank")).isEqualTo(1500);
    }

    @Test
    void showsAtMostTheNewestBadgesButCountsThemAll() throws Exception {
        StringBuilder assertions = new StringBuilder();
        for (int i = 0; i < BadgeList.MAX_SHOWN + 5; i++) {
            assertions.append(i == 0 ? "" : ",").append("{\"id\": \"b").append(i).append("\", \"issued\": ").append(i).append('}');
        }
        JsonObject list = BadgeList.from(json("{\"user\": \"x\", \"assertions\": [" + assertions + "]}"), "x", BADGES);

        assertThat(list.getInt("count")).isEqualTo(BadgeList.MAX_SHOWN + 5);
        assertThat(list.getJsonArray("badges")).hasSize(BadgeList.MAX_SHOWN);
        assertThat(list.getJsonArray("badges").getJsonObject(0).getString("id")).isEqualTo("b" + (BadgeList.MAX_SHOWN + 4));
    }

    @Test
    void refusesAnswersThatAreNotTahrirs() {
        assertThatThrownBy(() -> BadgeList.from(json("{\"error\": \"No such user exists.\"}"), "x", BADGES))
                .isInstanceOf(IOException.class).hasMessageContaining("assertions");
        assertThatThrownBy(() -> BadgeList.from(json("{\"assertions\": [{\"name\": \"no id\"}]}"), "x", BADGES))
                .isInstanceOf(IOException.class);
    }

    private static String ids(JsonObject list) {
        return list.getJsonArray("badges").stream().map(b -> b.asJsonObject().getString("id")).toList().toString();
    }

    private static JsonObject recorded(String file) {
        return json(Fixtures.resource("demo/answers/badges/" + file));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
