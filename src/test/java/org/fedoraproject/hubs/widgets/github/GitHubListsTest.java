package org.fedoraproject.hubs.widgets.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;

class GitHubListsTest {

    private static final GitHubRepository BODHI = GitHubRepository.parse("fedora-infra/bodhi").orElseThrow();

    @Test
    void splitsTheRecordedAnswerIntoIssuesAndPullRequests() {
        JsonObject lists = GitHubLists.from(answer("bodhi-issues-open.json"), BODHI, "https://github.com");

        assertThat(lists.getString("url")).isEqualTo("https://github.com/fedora-infra/bodhi");
        JsonObject issue = lists.getJsonArray("issues").getJsonObject(0);
        assertThat(lists.getJsonArray("issues")).hasSize(1);
        assertThat(issue.getInt("number")).isEqualTo(664);
        assertThat(issue.getString("author")).isEqualTo("jnpkrn");
        assertThat(issue.getString("url")).isEqualTo("https://github.com/fedora-infra/bodhi/issues/664");
        assertThat(issue.getJsonArray("labels").toString()).isEqualTo("[\"JS\"]");
        assertThat(issue.getInt("comments")).isEqualTo(2);
        JsonObject pullRequest = lists.getJsonArray("pull_requests").getJsonObject(0);
        assertThat(lists.getJsonArray("pull_requests")).hasSize(1);
        assertThat(pullRequest.getInt("number")).isEqualTo(1420);
        assertThat(pullRequest.getString("author")).isEqualTo("bowlofeggs");
    }

    @Test
    void theAnswerBeforeTheLabelStepHasTheIssueWithoutIt() {
        JsonObject lists = GitHubLists.from(answer("bodhi-issues-open-before-js-label.json"), BODHI, "https://github.com");

        assertThat(lists.getJsonArray("issues").getJsonObject(0).getJsonArray("labels")).isEmpty();
    }

    @Test
    void refusesItemsWithoutANumber() {
        assertThatThrownBy(() -> GitHubLists.from(Json.createReader(new StringReader("[{\"title\": \"x\"}]")).readArray(),
                BODHI, "https://github.com")).isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonArray answer(String file) {
        return Json.createReader(new StringReader(Fixtures.resource("demo/answers/github/" + file))).readArray();
    }
}
