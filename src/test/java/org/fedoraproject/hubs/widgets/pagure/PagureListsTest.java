package org.fedoraproject.hubs.widgets.pagure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;

class PagureListsTest {

    private static final String PAGURE = "https://pagure.io";
    private static final PagureProject PROJECT = PagureProject.parse("pagure").orElseThrow();

    @Test
    void readsTheRecordedOpenIssuesBeforeAndAfterIssue849() {
        JsonObject before = PagureLists.issues(answer("pagure-issues-open-before-849.json"), PROJECT, PAGURE);
        JsonObject after = PagureLists.issues(answer("pagure-issues-open.json"), PROJECT, PAGURE);

        assertThat(ids(before)).isEqualTo("[833]");
        assertThat(ids(after)).isEqualTo("[849, 833]");
        assertThat(after.getInt("total")).isEqualTo(2);
        assertThat(after.getString("url")).isEqualTo("https://pagure.io/pagure");
        JsonObject issue = after.getJsonArray("items").getJsonObject(0);
        assertThat(issue.getString("title")).isEqualTo("pagure on python3");
        assertThat(issue.getString("author")).isEqualTo("bonnegent");
        assertThat(issue.getString("url")).isEqualTo("https://pagure.io/pagure/issue/849");
        assertThat(issue.getString("created")).isEqualTo("2016-03-18T12:57:37Z");
        JsonObject discussed = after.getJsonArray("items").getJsonObject(1);
        assertThat(discussed.getInt("comments")).isEqualTo(4);
    }

    @Test
    void readsTheRecordedOpenPullRequests() {
        JsonObject requests = PagureLists.pullRequests(answer("pagure-pull-requests-open.json"), PROJECT, PAGURE);

        assertThat(ids(requests)).isEqualTo("[843]");
        JsonObject request = requests.getJsonArray("items").getJsonObject(0);
        assertThat(request.getString("url")).isEqualTo("https://pagure.io/pagure/pull-request/843");
        assertThat(request.getString("author")).isEqualTo("aavrug");
        assertThat(request.getString("updated")).isEqualTo("2016-03-18T12:19:57Z"); // "updated_on": old Pagure
    }

    @Test
    void linksNamespacedProjectsUnderTheirNamespace() {
        JsonObject lists = PagureLists.issues(json("""
                {"issues": [{"id": 7, "title": "t", "user": {"name": "ralph"}, "date_created": "x", "tags": ["easyfix", 3]}]}"""),
                PagureProject.parse("fedora-infra/fedora-hubs").orElseThrow(), PAGURE);

        JsonObject issue = lists.getJsonArray("items").getJsonObject(0);
        assertThat(issue.getString("url")).isEqualTo("https://pagure.io/fedora-infra/fedora-hubs/issue/7");
        assertThat(issue.getString("created")).isEmpty();
        assertThat(issue.getJsonArray("tags").toString()).isEqualTo("[\"easyfix\"]");
        assertThat(lists.getInt("total")).isEqualTo(1);
    }

    @Test
    void refusesAnswersThatAreNotPagures() {
        assertThatThrownBy(() -> PagureLists.issues(json("{\"error\": \"Project not found\"}"), PROJECT, PAGURE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PagureLists.pullRequests(json("{\"requests\": [{\"title\": \"no id\"}]}"), PROJECT, PAGURE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String ids(JsonObject list) {
        return list.getJsonArray("items").stream().map(item -> item.asJsonObject().get("id").toString()).toList().toString();
    }

    private static JsonObject answer(String file) {
        return json(Fixtures.resource("demo/answers/pagure/" + file));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
