package org.fedoraproject.hubs.widgets.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.Json;
import java.util.Map;
import java.util.stream.Stream;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.MessagePeople;
import org.fedoraproject.hubs.triage.TriageCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one-line summaries of real corpus messages; each expectation was written from reading the message. */
class SummariesTest {

    static Stream<Arguments> corpusMessages() {
        return Stream.of(
                // Bugzilla: the three payload shapes
                arguments("0003-prod.bugzilla.bug.update.json",
                        "mavit@mavit.org.uk commented on bug #2276411 'Review Request: perl-File-XDG - Basic implementation of the XDG base directory specification'",
                        "https://bugzilla.redhat.com/show_bug.cgi?id=2276411"),
                arguments("0014-dev.bugzilla.bug.new.json",
                        "puiterwijk@gmail.com filed bug #968947 'Review Request: gallery3-openid - OpenID authentication for Gallery3'",
                        "https://bugzilla.redhat.com/show_bug.cgi?id=968947"),
                arguments("0015-dev.bugzilla.bug.update.json",
                        "rbean@redhat.com updated bug #968947 'Review Request: gallery3-openid - OpenID authentication for Gallery3'",
                        "https://bugzilla.redhat.com/show_bug.cgi?id=968947"),
                arguments("0021-prod.bugzilla.bug.update.json",
                        "vaf0001@uah.edu filed bug #1717615 'VTK inoperative on NVidia'",
                        "https://bugzilla.redhat.com/show_bug.cgi?id=1717615"),
                // Bodhi
                arguments("0153-dev.bodhi.update.request.obsolete.json", "lmacken obsoleted bodhi update foo", null),
                arguments("0157-dev.bodhi.update.request.stable.json", "lmacken submitted bodhi update foo to stable", null),
                arguments("0192-prod.bodhi.update.comment.json",
                        "kalev commented on bodhi update xdg-desktop-portal-1.4.2-1.fc30",
                        "https://bodhi.fedoraproject.org/updates/FEDORA-2019-46910daf41"),
                arguments("0196-prod.bodhi.update.complete.testing.json",
                        "bodhi update fedmsg-0.2.7-2.el6 of ralph was pushed to testing",
                        "https://bodhi.fedoraproject.org/updates/FEDORA-EPEL-2012-6650"),
                arguments("0199-prod.bodhi.update.eject.json",
                        "bodhi update fedmsg-0.2.7-2.el6 of ralph was ejected from the push: some reason", null),
                arguments("0163-dev.bodhi.update.requirements_met.stable.json",
                        "bodhi update python-josepy-1.1.0-1.fc28 of elyscape meets the requirements for stable",
                        "https://bodhi.fedoraproject.org/updates/FEDORA-2018-e1f68e9766"),
                arguments("0152-dev.bodhi.update.karma.threshold.json",
                        "bodhi update tzdata-2014i-1.fc19 of ralph reached its karma threshold for stable",
                        "https://bodhi.fedoraproject.org/updates/FEDORA-EPEL-2015-0238"),
                arguments("0151-dev.bodhi.update.edit.json", "ralph edited bodhi update tzdata-2014i-1.fc19", null),
                arguments("0164-prod.bodhi.buildroot_override.tag.json",
                        "fpokorny created a buildroot override for golang-github-bugsnag-panicwrap-0-0.1.gite5f9854.el6",
                        "https://bodhi.fedoraproject.org/overrides/golang-github-bugsnag-panicwrap-0-0.1.gite5f9854.el6"),
                // Koji
                arguments("0219-prod.buildsys.build.state.change.json", "ralph's koji build eclipse-ptp-6.0.3-1.fc19 started",
                        "https://koji.fedoraproject.org/koji/buildinfo?buildID=12345"),
                arguments("0247-prod.buildsys.task.state.change.json",
                        "ralph's koji build task python-websocket-client-0.12.0-1.fc20.src.rpm failed",
                        "https://koji.fedoraproject.org/koji/taskinfo?taskID=6380373"),
                arguments("0243-prod.buildsys.tag.json", "bodhi tagged stage-4.1.1-3.fc18 into f18-updates-testing-pending",
                        "https://koji.fedoraproject.org/koji/search?match=exact&type=build&terms=stage-4.1.1-3.fc18"),
                // Copr
                arguments("0437-prod.copr.build.end.json",
                        "copr build 103154 of seafile-4.2.7-1.fc20 in logocomune/seafile-client on fedora-rawhide-i386 succeeded",
                        "https://copr.fedorainfracloud.org/coprs/logocomune/seafile-client/build/103154/"),
                arguments("0452-prod.copr.build.start.json",
                        "logocomune started copr build 103162 of seafile-client-qt5-4.2.7-1.fc20 in logocomune/seafile-client",
                        "https://copr.fedorainfracloud.org/coprs/logocomune/seafile-client/build/103162/"),
                // Pagure, pagure.io and dist-git's
                arguments("0835-pagureio.prod.pagure.issue.new.json", "bonnegent opened pagure issue #849 'pagure on python3'",
                        "https://pagure.io/pagure/issue/849"),
                arguments("0853-pagureio.prod.pagure.pull-request.new.json",
                        "sgallagh opened pagure pull request #19 '(F24) Server: Add \"Fedora Custom Operating System\" Environment'",
                        "https://pagure.io/pungi-fedora/pull-request/19"),
                arguments("0805-pagureio.dev.pagure.pull-request.closed.json", "pingou closed pagure pull request #6 'test request'",
                        "https://pagure.io/test/pull-request/6"),
                arguments("0777-prod.pagure.pull-request.comment.added.json",
                        "mmassari commented on pagure pull request #31 'Version 1.31'",
                        "https://src.fedoraproject.org/rpms/python-teamcity-messages/pull-request/31"),
                arguments("0776-prod.pagure.project.new.json", "mprahl created pagure project rpms/arachne-pnr",
                        "https://src.fedoraproject.org/rpms/arachne-pnr"),
                arguments("0775-prod.pagure.git.receive.json",
                        "cathay4t pushed 2 commits to fork/packit/rpms/nispor (1.2.17-rawhide-update-pull_from_upstream)",
                        "https://src.fedoraproject.org/fork/packit/rpms/nispor"),
                // Fedora Badges
                arguments("0502-stg.fedbadges.badge.award.json", "ralph earned the badge 'Something on your mind'",
                        "https://badges.fedoraproject.org/user/ralph"),
                arguments("0501-prod.fedbadges.person.rank.advance.json", "ralph advanced to rank 1500 in Fedora Badges",
                        "https://badges.fedoraproject.org/user/ralph"),
                // FAS
                arguments("0489-stg.fas.group.member.sponsor.json", "toshio sponsored ralph into the group ambassadors",
                        "https://accounts.fedoraproject.org/group/ambassadors/"),
                arguments("0496-stg.fas.user.create.json", "ralph created a Fedora account",
                        "https://accounts.fedoraproject.org/user/ralph/"),
                arguments("0493-stg.fas.role.update.json", "toshio changed the role of ralph in the group ambassadors to sponsor",
                        "https://accounts.fedoraproject.org/group/ambassadors/"),
                // meetbot
                arguments("0706-dev.meetbot.meeting.complete.json", "threebean ended a meeting in #channel", "http://logs.com/awesome"),
                arguments("0716-prod.meetbot.meeting.item.info.json",
                        "jflory7 added #info to the meeting 'BrickHack 2016 - FOSS Contributions and Licensing' in #fedora-meeting-4:"
                                + " Check out the #fedora-commops IRC channel on Freenode!",
                        "https://meetbot.fedoraproject.org/fedora-meeting-4/2016-03-05/famna.2016-03-05-22.00"),
                // GitHub: people by their Fedora account when github2fedmsg knows it
                arguments("0603-prod.github.issue.opened.json",
                        "ralph opened github issue fedora-infra/mirrormanager2#94 'Add a script to check all the metalink urls'",
                        "https://github.com/fedora-infra/mirrormanager2/issues/94"),
                arguments("0599-dev.github.pull_request.closed.json",
                        "ralph closed github pull request fedora-infra/github2fedmsg#6 'No more retask.'",
                        "https://github.com/fedora-infra/github2fedmsg/pull/6"),
                arguments("0611-prod.github.push.json", "ralph pushed 1 commit to fedora-infra/github2fedmsg (develop)",
                        "https://github.com/fedora-infra/github2fedmsg/compare/60a6d3eb508c...404a417299f8"),
                arguments("0610-prod.github.pull_request_review_comment.json",
                        "pingou commented on github pull request fedora-infra/fedocal#129 'Filter db'",
                        "https://github.com/fedora-infra/fedocal/pull/129#discussion_r13957675"),
                // dist-git
                arguments("0591-prod.git.receive.ember.master.json", "spot pushed to ember (master): another missing patch? ridiculous.",
                        "https://src.fedoraproject.org/rpms/ember/c/aa2df80f3d8dd217c7cbfe2d3451190028f3fe14"),
                arguments("0575-prod.git.branch.json", "limburgher created the branch master of valgrind",
                        "https://src.fedoraproject.org/rpms/valgrind"),
                arguments("0577-prod.git.lookaside.new.json", "jnovy uploaded pst-diffraction.doc.tar.xz to the lookaside cache of texlive",
                        "https://src.fedoraproject.org/rpms/texlive"),
                // anything else: who, and the topic's words
                arguments("0580-prod.git.mass_branch.start.json", "dgilmore: git mass_branch start", null),
                arguments("0515-dev.fedocal.calendar.new.json", "ralph: fedocal calendar new", null),
                arguments("0479-prod.copr.worker.create.json", "copr worker create", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusMessages")
    void tellsARealMessageInOneLine(String file, String text, String link) throws Exception {
        Summary summary = Summaries.of(BusMessage.parse(Fixtures.message(file)));

        assertThat(summary.text()).isEqualTo(text);
        assertThat(summary.link()).isEqualTo(link);
    }

    @Test
    void everyCorpusMessageHasOneShortLineAndAtMostAWebLink() {
        for (Map.Entry<String, BusMessage> entry : TriageCorpus.get().messages().entrySet()) {
            Summary summary = Summaries.of(entry.getValue());
            assertThat(summary.text()).as(entry.getKey()).isNotBlank().hasSizeLessThanOrEqualTo(Summary.MAX_TEXT)
                    .doesNotContain("\n");
            if (summary.text().contains("null")) { // only from the message itself, never from a missing field
                assertThat(MessagePeople.of(entry.getValue())).as(entry.getKey()).contains("null");
            }
            if (summary.link() != null) {
                assertThat(summary.link()).as(entry.getKey()).matches("https?://\\S+");
            }
        }
    }

    @Test
    void keepsOnlyWebLinksAndCutsLongTitles() throws Exception {
        BusMessage message = BusMessage.parse(Json.createObjectBuilder()
                .add("topic", "org.fedoraproject.prod.bugzilla.bug.update")
                .add("msg", Json.createObjectBuilder()
                        .add("bug", Json.createObjectBuilder().add("id", 1).add("summary", "x".repeat(200))
                                .add("weburl", "javascript:alert(1)"))
                        .add("event", Json.createObjectBuilder().add("who", "a@b.org")))
                .build().toString());

        Summary summary = Summaries.of(message);

        assertThat(summary.link()).isEqualTo("https://bugzilla.redhat.com/show_bug.cgi?id=1");
        assertThat(summary.text()).isEqualTo("a@b.org updated bug #1 '" + "x".repeat(Summary.MAX_TITLE - 1) + "…'");
    }
}
