package org.fedoraproject.hubs.widgets.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.fedoraproject.hubs.Fixtures;
import org.junit.jupiter.api.Test;

class ReviewListsTest {

    private static final String BUGZILLA = "https://bugzilla.redhat.com";

    @Test
    void splitsBugsByTheFedoraReviewFlag() {
        JsonObject answer = json("""
                {"bugs": [
                  {"id": 1, "summary": "Review Request: foo - A foo", "status": "NEW", "assigned_to": "nobody@fedoraproject.org",
                   "last_change_time": "2024-01-01T00:00:00Z", "flags": []},
                  {"id": 2, "summary": "Review Request: bar - A bar", "status": "ASSIGNED", "assigned_to": "r@example.org",
                   "last_change_time": "2024-01-03T00:00:00Z", "flags": [{"name": "needinfo", "status": "?"}, {"name": "fedora-review", "status": "?"}]},
                  {"id": 3, "summary": "Review Request: baz - A baz", "status": "POST", "assigned_to": "r@example.org",
                   "last_change_time": "2024-01-02T00:00:00Z", "flags": [{"name": "fedora-review", "status": "+"}]},
                  {"id": 4, "summary": "Review Request: qux - A qux", "status": "ASSIGNED", "assigned_to": "r@example.org",
                   "last_change_time": "2024-01-04T00:00:00Z", "flags": [{"name": "fedora-review", "status": "-"}]}
                ]}""");

        JsonObject lists = ReviewLists.from(answer, "me@example.org", BUGZILLA);

        assertThat(lists.getString("email")).isEqualTo("me@example.org");
        assertThat(ids(lists, "waiting")).isEqualTo("[1]");
        assertThat(ids(lists, "under_review")).isEqualTo("[4, 2]");
        assertThat(ids(lists, "approved")).isEqualTo("[3]");
        JsonObject bar = lists.getJsonArray("under_review").getJsonObject(1);
        assertThat(bar.getString("package")).isEqualTo("bar");
        assertThat(bar.getString("summary")).isEqualTo("A bar");
        assertThat(bar.getString("url")).isEqualTo(BUGZILLA + "/show_bug.cgi?id=2");
    }

    @Test
    void readsARecordedBugzillaAnswer() {
        JsonObject lists = ReviewLists.from(json(Fixtures.resource("bugzilla/quantum-under-review.json")),
                "quantum.analyst@gmail.com", BUGZILLA);

        assertThat(ids(lists, "under_review")).isEqualTo("[1488612]");
        assertThat(lists.getJsonArray("under_review").getJsonObject(0).getString("package")).isEqualTo("ghc-esqueleto");
    }

    @Test
    void keepsSummariesThatAreNotReviewRequestsWhole() {
        JsonObject lists = ReviewLists.from(json("""
                {"bugs": [{"id": 5, "summary": "python-flask-session: needs a rebuild", "flags": []}]}"""), "x@y.org", BUGZILLA);

        assertThat(lists.getJsonArray("waiting").getJsonObject(0).getString("summary"))
                .isEqualTo("python-flask-session: needs a rebuild");
    }

    @Test
    void refusesAnswersThatAreNotBugzillas() {
        assertThatThrownBy(() -> ReviewLists.from(json("{\"error\": true}"), "x@y.org", BUGZILLA))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewLists.from(json("{\"bugs\": [{\"summary\": \"no id\"}]}"), "x@y.org", BUGZILLA))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String ids(JsonObject lists, String list) {
        return lists.getJsonArray(list).stream().map(bug -> bug.asJsonObject().get("id").toString()).toList().toString();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
