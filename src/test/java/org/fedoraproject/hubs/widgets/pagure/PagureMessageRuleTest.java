package org.fedoraproject.hubs.widgets.pagure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.MessagePeople;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Pagure widget's two invalidation rules against the corpus's Pagure messages. */
class PagureMessageRuleTest {

    private final PagureWidget widget = new PagureWidget();
    private final CachedFunction issues = widget.function("issues");
    private final CachedFunction pullRequests = widget.function("pull-requests");

    @Test
    void aNewIssueRebuildsTheIssuesOfItsProjectOnly() throws Exception {
        BusMessage issueNew = message("0835-pagureio.prod.pagure.issue.new.json");

        assertThat(issues.shouldInvalidate(issueNew, config("pagure"))).isTrue();
        assertThat(pullRequests.shouldInvalidate(issueNew, config("pagure"))).isFalse();
        assertThat(issues.shouldInvalidate(issueNew, config("pungi"))).isFalse();
        assertThat(issues.shouldInvalidate(issueNew, config("fedora-infra/pagure"))).isFalse();
    }

    @Test
    void aPullRequestMessageRebuildsThePullRequestsOfItsTargetProjectOnly() throws Exception {
        BusMessage comment = message("0842-pagureio.prod.pagure.pull-request.comment.added.json");

        assertThat(pullRequests.shouldInvalidate(comment, config("pagure"))).isTrue();
        assertThat(issues.shouldInvalidate(comment, config("pagure"))).isFalse();
        assertThat(pullRequests.shouldInvalidate(comment, config("pungi"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0812-pagureio.dev.pagure.pull-request.tag.added.json",  // pull_request, not pullrequest
            "0815-pagureio.dev.pagure.request.assigned.added.json",  // the old pagure.request.* topics
            "0850-pagureio.prod.pagure.pull-request.comment.edited.json"})
    void readsEveryShapeOfPullRequestMessage(String file) throws Exception {
        BusMessage message = message(file);
        String project = message.body().getJsonObject("project").getString("name");

        assertThat(pullRequests.shouldInvalidate(message, config(project))).isTrue();
        assertThat(issues.shouldInvalidate(message, config(project))).isFalse();
    }

    @Test
    void namespacedProjectsMatchByNamespaceAndName() throws Exception {
        BusMessage tickets = message("0831-pagureio.prod.pagure.issue.comment.added.json");
        BusMessage distGit = message("0777-prod.pagure.pull-request.comment.added.json");

        assertThat(issues.shouldInvalidate(tickets, config("Fedora-Council/tickets"))).isTrue();
        assertThat(issues.shouldInvalidate(tickets, config("tickets"))).isFalse();
        assertThat(pullRequests.shouldInvalidate(distGit, config("rpms/python-teamcity-messages"))).isTrue();
        assertThat(pullRequests.shouldInvalidate(distGit, config("python-teamcity-messages"))).isFalse();
    }

    @Test
    void theFullNameIsNotAlwaysInTheMessageSoTheHintIsTheShortName() throws Exception {
        BusMessage tickets = message("0831-pagureio.prod.pagure.issue.comment.added.json");

        assertThat(MessagePeople.of(tickets)).doesNotContain("fedora-council/tickets").contains("tickets");
        assertThat(issues.hints(config("Fedora-Council/tickets")).people()).containsExactly("tickets");
        assertThat(issues.hints(config("Fedora-Council/tickets")).categories()).containsExactly("pagure");
    }

    @Test
    void aForkIsNotItsParent() throws Exception {
        BusMessage fork = message("0778-stg.pagure.project.forked.json");

        assertThat(PagureProject.parse("rpms/ipsilon").orElseThrow().isDescribedBy(fork.body().get("project"))).isFalse();
    }

    @Test
    void anIssueMessageWithoutItsProjectRebuildsNothing() throws Exception {
        BusMessage edited = message("0832-pagureio.prod.pagure.issue.comment.edited.json");

        assertThat(issues.shouldInvalidate(edited, config("pungi-fedora"))).isFalse();
    }

    @Test
    void invalidProjectNamesRebuildNothingAndHintOnlyTheCategory() throws Exception {
        BusMessage issueNew = message("0835-pagureio.prod.pagure.issue.new.json");

        for (String invalid : List.of("", "../pagure", "forks/bonnegent/pagure", "a/b/c", "pagure?x=1", ".pagure")) {
            assertThat(PagureProject.parse(invalid)).as(invalid).isEmpty();
            assertThat(issues.shouldInvalidate(issueNew, config(invalid))).isFalse();
            assertThat(issues.hints(config(invalid)).people()).isEmpty();
        }
        assertThat(PagureProject.parse(" fedora-infra/fedora-hubs ").orElseThrow().fullName())
                .isEqualTo("fedora-infra/fedora-hubs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pagure", "pungi", "pungi-fedora", "test", "foo", "mdapi", "Fedora-Council/tickets",
            "rpms/python-teamcity-messages", "rpms/arachne-pnr", "fedora-infra/fedora-hubs"})
    void noMessageOutsidePagureEverRebuildsAndHintsAreKept(String project) {
        int issueRebuilds = CorpusProperties.assertFamilyOnlyAndHintsKept(issues, config(project),
                message -> message.category().equals("pagure") && message.subject().startsWith("pagure.issue."));
        int requestRebuilds = CorpusProperties.assertFamilyOnlyAndHintsKept(pullRequests, config(project),
                message -> message.category().equals("pagure") && (message.subject().startsWith("pagure.pull-request.")
                        || message.subject().startsWith("pagure.request.")));
        if (project.equals("pagure")) {
            assertThat(issueRebuilds).isEqualTo(3);    // 0829, 0830, 0835
            assertThat(requestRebuilds).isEqualTo(10); // 0815, 0816, 0842-0849
        }
    }

    private static BusMessage message(String file) throws Exception {
        return BusMessage.parse(Fixtures.message(file));
    }

    static WidgetConfig config(String project) {
        return WidgetConfig.stored(Json.createObjectBuilder().add(PagureWidget.PROJECT, project).build().toString());
    }
}
