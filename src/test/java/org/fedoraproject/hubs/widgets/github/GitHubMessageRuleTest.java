package org.fedoraproject.hubs.widgets.github;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The GitHub widget's invalidation rule against the corpus's github2fedmsg messages. */
class GitHubMessageRuleTest {

    private final CachedFunction open = new GitHubWidget().function("open");

    @ParameterizedTest
    @ValueSource(strings = {
            "0602-prod.github.issue.labeled.json",
            "0606-prod.github.pull_request_review.json",
            "0609-prod.github.pull_request_review.json"})
    void issueAndPullRequestMessagesRebuildTheirRepository(String file) throws Exception {
        BusMessage message = message(file);

        assertThat(open.shouldInvalidate(message, config("fedora-infra/bodhi"))).isTrue();
        assertThat(open.shouldInvalidate(message, config("Fedora-Infra/Bodhi"))).isTrue();
        assertThat(open.shouldInvalidate(message, config("fedora-infra/bodhi2"))).isFalse();
        assertThat(open.shouldInvalidate(message, config("ralphbean/bodhi"))).isFalse();
    }

    @Test
    void readsEveryKindOfIssueAndPullRequestTopic() throws Exception {
        assertThat(open.shouldInvalidate(message("0603-prod.github.issue.opened.json"), config("fedora-infra/mirrormanager2"))).isTrue();
        assertThat(open.shouldInvalidate(message("0610-prod.github.pull_request_review_comment.json"), config("fedora-infra/fedocal"))).isTrue();
        for (String file : List.of("0597-dev.github.issue.comment.json", "0598-dev.github.issue.reopened.json",
                "0599-dev.github.pull_request.closed.json")) {
            assertThat(open.shouldInvalidate(message(file), config("fedora-infra/github2fedmsg"))).as(file).isTrue();
        }
    }

    @Test
    void otherEventsOfTheRepositoryChangeNoList() throws Exception {
        assertThat(open.shouldInvalidate(message("0600-prod.github.commit_comment.json"), config("fedora-infra/bodhi"))).isFalse();
        assertThat(open.shouldInvalidate(message("0594-dev.github.create.json"), config("fedora-infra/github2fedmsg"))).isFalse();
        assertThat(open.shouldInvalidate(message("0614-prod.github.star.json"), config("fedora-infra/summershum"))).isFalse();
        assertThat(open.shouldInvalidate(message("0616-prod.github.status.json"), config("freeipa/freeipa"))).isFalse();
    }

    @Test
    void onlyOwnerSlashRepoIsARepository() {
        for (String invalid : List.of("", "bodhi", "fedora-infra/", "/bodhi", "a/b/c", "fedora-infra/..", "-x/y",
                "fedora--infra/bodhi", "fedora-infra/bo dhi", "fedora-infra/bodhi?per_page=100")) {
            assertThat(GitHubRepository.parse(invalid)).as(invalid).isEmpty();
            assertThat(open.hints(config(invalid)).people()).isEmpty();
        }
        assertThat(GitHubRepository.parse("fedora-infra/.github").orElseThrow().fullName()).isEqualTo("fedora-infra/.github");
        assertThat(open.hints(config("fedora-infra/bodhi")).people()).containsExactly("fedora-infra/bodhi");
        assertThat(open.hints(config("fedora-infra/bodhi")).categories()).containsExactly("github");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fedora-infra/bodhi", "fedora-infra/github2fedmsg", "fedora-infra/mirrormanager2",
            "fedora-infra/fedocal", "freeipa/freeipa", "fedora-infra/summershum", "ralphbean/lightsaber"})
    void noMessageOutsideGitHubIssuesEverRebuildsAndHintsAreKept(String repository) {
        int rebuilds = CorpusProperties.assertFamilyOnlyAndHintsKept(open, config(repository),
                message -> message.category().equals("github") && (message.subject().startsWith("github.issue")
                        || message.subject().startsWith("github.pull_request")));
        if (repository.equals("fedora-infra/bodhi")) {
            assertThat(rebuilds).isEqualTo(5); // 0602, 0606-0609
        }
    }

    private static BusMessage message(String file) throws Exception {
        return BusMessage.parse(Fixtures.message(file));
    }

    private static WidgetConfig config(String repository) {
        return WidgetConfig.stored(Json.createObjectBuilder().add(GitHubWidget.REPOSITORY, repository).build().toString());
    }
}
