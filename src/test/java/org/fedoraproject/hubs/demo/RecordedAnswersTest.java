package org.fedoraproject.hubs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordedAnswersTest {

    private final RecordedAnswers answers = new RecordedAnswers();

    @Test
    void answersAnyRequestWhoseQueryHasTheRecordedParameters() {
        answers.answer("bodhi", "/updates/?user=ralph&status=testing", "testing");

        assertThat(answers.find("bodhi", "/updates/", "status=testing&rows_per_page=20&user=ralph")).contains("testing");
        assertThat(answers.find("bodhi", "/updates/", "user=ralph&status=pending")).isEmpty();
        assertThat(answers.find("bodhi", "/updates", "user=ralph&status=testing")).as("another path").isEmpty();
        assertThat(answers.find("badges", "/updates/", "user=ralph&status=testing")).as("another service").isEmpty();
    }

    @Test
    void theMostSpecificRecordingWins() {
        answers.answer("bugzilla", "/rest/bug", "anyone");
        answers.answer("bugzilla", "/rest/bug?creator=ralph@example.org", "ralph");

        assertThat(answers.find("bugzilla", "/rest/bug", "product=Fedora&creator=ralph%40example.org")).contains("ralph");
        assertThat(answers.find("bugzilla", "/rest/bug", "creator=someone%40example.org")).contains("anyone");
    }

    @Test
    void repeatedParametersMatchAnyOfTheirValues() {
        answers.answer("bugzilla", "/rest/bug?status=NEW", "new");

        assertThat(answers.find("bugzilla", "/rest/bug", "status=ASSIGNED&status=NEW")).contains("new");
    }

    @Test
    void aLaterRecordingOfTheSameRequestReplacesTheEarlierOne() {
        answers.answer("badges", "/user/ralph/json", "before");
        answers.answer("badges", "/user/ralph/json", "after");

        assertThat(answers.find("badges", "/user/ralph/json", null)).contains("after");
        answers.clear();
        assertThat(answers.find("badges", "/user/ralph/json", null)).isEmpty();
    }
}
