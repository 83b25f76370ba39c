package org.fedoraproject.hubs.widgets.activity;

import static org.fedoraproject.hubs.widgets.activity.Fields.first;
import static org.fedoraproject.hubs.widgets.activity.Fields.isTrue;
import static org.fedoraproject.hubs.widgets.activity.Fields.object;
import static org.fedoraproject.hubs.widgets.activity.Fields.text;
import static org.fedoraproject.hubs.widgets.activity.Summary.count;
import static org.fedoraproject.hubs.widgets.activity.Summary.quoted;
import static org.fedoraproject.hubs.widgets.activity.Summary.segment;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import org.fedoraproject.hubs.bus.BusMessage;

/**
 * One line of text per bus message, for people: "bonnegent opened pagure issue #849 'pagure on
 * python3'", with a link to what it is about. The services whose messages concern people most
 * (Bugzilla, Bodhi, Koji, Copr, Pagure, Fedora Badges, FAS, meetbot, GitHub, dist-git) are told in
 * their own words, from the fields their messages have had over the years; any other message, or
 * one of a shape not known here, reads "{@code <who>: <topic words>}".
 */
public final class Summaries {

    private static final String BUGZILLA = "https://bugzilla.redhat.com";
    private static final String BODHI = "https://bodhi.fedoraproject.org";
    private static final String KOJI = "https://koji.fedoraproject.org/koji";
    private static final String COPR = "https://copr.fedorainfracloud.org";
    private static final String PAGURE_IO = "https://pagure.io";
    private static final String DIST_GIT = "https://src.fedoraproject.org";
    private static final String BADGES = "https://badges.fedoraproject.org";
    private static final String ACCOUNTS = "https://accounts.fedoraproject.org";

    private static final Map<String, String> BUILD_STATES = Map.of(
            "0", "started", "1", "completed", "2", "was deleted", "3", "failed", "4", "was canceled");
    private static final Map<String, String> TASK_STATES = Map.of(
            "FREE", "is waiting", "OPEN", "started", "CLOSED", "completed", "CANCELED", "was canceled",
            "ASSIGNED", "was assigned", "FAILED", "failed");
    private static final Map<String, String> COPR_STATES = Map.of(
            "0", "failed", "1", "succeeded", "2", "was canceled", "5", "was skipped");
    private static final Map<String, String> PAGURE_ISSUE_VERBS = Map.ofEntries(
            Map.entry("new", "opened"), Map.entry("comment.added", "commented on"),
            Map.entry("comment.edited", "edited a comment on"), Map.entry("edit", "edited"),
            Map.entry("drop", "deleted"), Map.entry("tag.added", "tagged"), Map.entry("tag.removed", "untagged"),
            Map.entry("assigned.added", "assigned"), Map.entry("assigned.reset", "unassigned"),
            Map.entry("dependency.added", "added a dependency to"),
            Map.entry("dependency.removed", "removed a dependency from"));
    private static final Map<String, String> PAGURE_REQUEST_VERBS = Map.of(
            "new", "opened", "comment.added", "commented on", "comment.edited", "edited a comment on",
            "flag.added", "flagged", "flag.updated", "updated a flag on", "rebased", "rebased", "updated", "updated");
    private static final Map<String, String> BODHI_REQUESTS = Map.of(
            "testing", "submitted %s to testing", "stable", "submitted %s to stable",
            "revoke", "revoked the request of %s", "unpush", "unpushed %s", "obsolete", "obsoleted %s");
    private static final Set<String> GITHUB_ISSUE_ACTIONS = Set.of("opened", "closed", "reopened", "labeled",
            "unlabeled", "assigned", "unassigned", "edited");

    private Summaries() {
    }

    /** The line for {@code message}, never null. */
    public static Summary of(BusMessage message) {
        JsonObject body = message.body();
        String subject = message.subject();
        Summary told = switch (message.category()) {
            case "bugzilla" -> bugzilla(body, subject);
            case "bodhi" -> bodhi(body, subject);
            case "buildsys" -> koji(body, subject);
            case "copr" -> copr(body, subject);
            case "pagure" -> pagure(body, subject, message.topic().startsWith("io.pagure.") ? PAGURE_IO : DIST_GIT);
            case "fedbadges" -> badges(body, subject);
            case "fas" -> accounts(body, subject);
            case "meetbot" -> meetbot(body, subject);
            case "github" -> github(body, subject);
            case "git" -> distGit(body, subject);
            default -> null;
        };
        return told != null ? told : generic(message);
    }

    /** "{@code <who>: <topic words>}", who being the first person the message concerns. */
    static Summary generic(BusMessage message) {
        String words = message.subject().replace('.', ' ');
        return ConcernedPeople.of(message).stream().findFirst()
                .map(who -> new Summary(who + ": " + words, null))
                .orElseGet(() -> new Summary(words, null));
    }

    private static Summary bugzilla(JsonObject body, String subject) {
        JsonObject bug = object(body, "bug");
        String id = bug == null ? null : text(bug, "id");
        if (id == null) {
            return null;
        }
        // bugzilla2fedmsg's events: an action (create, modify) on a target (bug, comment, attachment)
        boolean commented = "comment".equals(text(body, "event.target"));
        boolean filed = subject.equals("bugzilla.bug.new")
                || "create".equals(text(body, "event.action")) && "bug".equals(text(body, "event.target"));
        String who = first(text(body, "event.user.login"), text(body, "event.who"),
                filed ? first(text(bug, "creator"), text(bug, "reporter.login")) : null, "someone");
        String verb = filed ? "filed" : commented ? "commented on" : "updated";
        String title = text(bug, "summary");
        return new Summary(who + " " + verb + " bug #" + id + (title == null ? "" : " " + quoted(title)),
                first(Summary.web(text(bug, "weburl")), BUGZILLA + "/show_bug.cgi?id=" + segment(id)));
    }

    private static Summary bodhi(JsonObject body, String subject) {
        if (subject.startsWith("bodhi.buildroot_override.")) {
            String nvr = first(text(body, "override.nvr"), text(body, "override.build.nvr"));
            String submitter = text(body, "override.submitter.name");
            if (nvr == null || submitter == null) {
                return null;
            }
            String link = BODHI + "/overrides/" + segment(nvr);
            return subject.endsWith(".tag")
                    ? new Summary(submitter + " created a buildroot override for " + nvr, link)
                    : new Summary("the buildroot override of " + submitter + " for " + nvr + " was removed", link);
        }
        JsonObject update = first(object(body, "update"), object(body, "comment.update"));
        if (update == null || !subject.startsWith("bodhi.update.")) {
            return null;
        }
        String alias = first(text(update, "alias"), text(update, "updateid"));
        String title = first(text(update, "display_name"), text(update, "title"), alias);
        if (title == null) {
            return null;
        }
        String named = "bodhi update " + title;
        String link = first(Summary.web(text(update, "url")), alias != null ? BODHI + "/updates/" + segment(alias) : null);
        String submitter = first(text(update, "submitter"), text(update, "submitter.name"), text(update, "user.name"));
        String ofSubmitter = named + (submitter == null ? "" : " of " + submitter);
        String event = subject.substring("bodhi.update.".length());
        String agent = first(text(body, "agent"), submitter, "someone");
        if (event.equals("comment")) {
            String author = first(text(body, "comment.author"), text(body, "comment.user.name"), "someone");
            String karma = text(body, "comment.karma");
            String vote = karma == null || karma.equals("0") ? "" : " (karma " + (karma.startsWith("-") ? karma : "+" + karma) + ")";
            return new Summary(author + " commented on " + named + vote, link);
        }
        if (event.startsWith("request.")) {
            String request = event.substring("request.".length());
            String done = BODHI_REQUESTS.getOrDefault(request, "requested " + request + " for %s");
            return new Summary(agent + " " + done.formatted(named), link);
        }
        if (event.startsWith("complete.")) {
            return new Summary(ofSubmitter + " was pushed to " + event.substring("complete.".length()), link);
        }
        return switch (event) {
            case "edit" -> new Summary(first(text(body, "agent"), text(update, "user.name"), agent) + " edited " + named, link);
            case "eject" -> new Summary(ofSubmitter + " was ejected from the push"
                    + (text(body, "reason") == null ? "" : ": " + text(body, "reason")), link);
            case "karma.threshold" -> new Summary(ofSubmitter + " reached its karma threshold"
                    + (text(body, "status") == null ? "" : " for " + text(body, "status")), link);
            case "requirements_met.stable" -> new Summary(ofSubmitter + " meets the requirements for stable", link);
            default -> null;
        };
    }

    private static Summary koji(JsonObject body, String subject) {
        String owner = text(body, "owner");
        boolean primary = "primary".equals(first(text(body, "instance"), "primary"));
        switch (subject) {
            case "buildsys.build.state.change" -> {
                String nvr = nvr(body);
                String state = named(BUILD_STATES, text(body, "new"));
                if (nvr == null || state == null) {
                    return null;
                }
                String buildId = text(body, "build_id");
                return new Summary((owner == null ? "" : owner + "'s ") + "koji build " + nvr + " " + state,
                        primary && buildId != null ? KOJI + "/buildinfo?buildID=" + segment(buildId) : null);
            }
            case "buildsys.task.state.change" -> {
                String state = named(TASK_STATES, text(body, "new"));
                String id = text(body, "id");
                if (state == null || id == null) {
                    return null;
                }
                String what = first(text(body, "srpm"), "#" + id);
                return new Summary((owner == null ? "" : owner + "'s ") + "koji " + first(text(body, "method"), "")
                        + " task " + what + " " + state, primary ? KOJI + "/taskinfo?taskID=" + segment(id) : null);
            }
            case "buildsys.tag", "buildsys.untag" -> {
                String nvr = nvr(body);
                String tag = text(body, "tag");
                if (nvr == null || tag == null) {
                    return null;
                }
                String who = first(text(body, "user"), owner, "someone");
                boolean tagged = subject.equals("buildsys.tag");
                return new Summary(who + (tagged ? " tagged " : " untagged ") + nvr + (tagged ? " into " : " from ") + tag,
                        primary ? KOJI + "/search?match=exact&type=build&terms=" + segment(nvr) : null);
            }
            default -> {
                return null;
            }
        }
    }

    /** The name {@code states} gives {@code code}, or null (also for no code: the maps take no null key). */
    private static String named(Map<String, String> states, String code) {
        return code == null ? null : states.get(code);
    }

    private static String nvr(JsonObject body) {
        String name = text(body, "name");
        String version = text(body, "version");
        String release = text(body, "release");
        return name == null || version == null || release == null ? null : name + "-" + version + "-" + release;
    }

    private static Summary copr(JsonObject body, String subject) {
        String build = text(body, "build");
        String copr = text(body, "copr");
        String owner = first(text(body, "owner"), text(body, "user"));
        if (build == null || copr == null || owner == null) {
            return null;
        }
        String project = owner + "/" + copr;
        String pkg = text(body, "pkg");
        String what = "copr build " + build + (pkg == null ? "" : " of " + pkg) + " in " + project;
        String chroot = text(body, "chroot");
        String path = owner.startsWith("@") ? "g/" + segment(owner.substring(1)) : segment(owner);
        String link = COPR + "/coprs/" + path + "/" + segment(copr) + "/build/" + segment(build) + "/";
        return switch (subject) {
            case "copr.build.start" -> new Summary(first(text(body, "user"), owner) + " started " + what, link);
            case "copr.chroot.start" -> new Summary(what + " started" + (chroot == null ? "" : " on " + chroot), link);
            case "copr.build.end" -> {
                String state = named(COPR_STATES, text(body, "status"));
                yield state == null ? null
                        : new Summary(what + (chroot == null ? "" : " on " + chroot) + " " + state, link);
            }
            default -> null;
        };
    }

    private static Summary pagure(JsonObject body, String subject, String base) {
        String agent = first(text(body, "agent"), "someone");
        String event = subject.substring("pagure.".length());
        if (event.startsWith("issue.")) {
            JsonObject issue = object(body, "issue");
            String id = issue == null ? null : text(issue, "id");
            if (id == null) {
                return null;
            }
            String verb = PAGURE_ISSUE_VERBS.getOrDefault(event.substring("issue.".length()), "updated");
            String path = pagurePath(first(object(body, "project"), object(issue, "project")));
            String title = text(issue, "title");
            return new Summary(agent + " " + verb + " pagure issue #" + id + (title == null ? "" : " " + quoted(title)),
                    first(Summary.web(text(issue, "full_url")), path == null ? null : base + "/" + path + "/issue/" + segment(id)));
        }
        if (event.startsWith("pull-request.")) {
            JsonObject request = object(body, "pullrequest");
            String id = request == null ? null : text(request, "id");
            if (id == null) {
                return null;
            }
            String action = event.substring("pull-request.".length());
            String verb = action.equals("closed") ? (isTrue(body, "merged") ? "merged" : "closed")
                    : PAGURE_REQUEST_VERBS.getOrDefault(action, "updated");
            String path = pagurePath(object(request, "project"));
            String title = text(request, "title");
            return new Summary(agent + " " + verb + " pagure pull request #" + id + (title == null ? "" : " " + quoted(title)),
                    first(Summary.web(text(request, "full_url")),
                            path == null ? null : base + "/" + path + "/pull-request/" + segment(id)));
        }
        if (event.startsWith("project.")) {
            String path = pagurePath(object(body, "project"));
            if (path == null) {
                return null;
            }
            String verb = switch (event) {
                case "project.new" -> "created";
                case "project.forked" -> "forked";
                case "project.deleted" -> "deleted";
                default -> "updated";
            };
            return new Summary(agent + " " + verb + " pagure project " + path,
                    event.equals("project.deleted") ? null : base + "/" + path);
        }
        if (event.equals("git.receive")) {
            return pagurePush(body, base);
        }
        return null;
    }

    /** Two shapes: a push of several commits ({@code repo}, {@code branch}, {@code total_commits}), or one {@code commit}. */
    private static Summary pagurePush(JsonObject body, String base) {
        JsonObject commit = object(body, "commit");
        if (commit != null) {
            String repo = text(commit, "repo");
            String who = first(text(commit, "username"), text(commit, "agent"), text(commit, "name"), "someone");
            String summary = text(commit, "summary");
            return repo == null ? null : new Summary(who + " pushed to " + repo + branch(text(commit, "branch"))
                    + (summary == null ? "" : ": " + summary), null);
        }
        String path = pagurePath(object(body, "repo"));
        String commits = text(body, "total_commits");
        if (path == null) {
            return null;
        }
        String what = commits == null || !commits.matches("[0-9]{1,9}") ? "" : " " + count(Integer.parseInt(commits), "commit");
        return new Summary(first(text(body, "agent"), "someone") + " pushed" + what + " to " + path + branch(text(body, "branch")),
                first(Summary.web(text(body, "repo.full_url")), base + "/" + path));
    }

    private static String branch(String ref) {
        return ref == null ? "" : " (" + (ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : ref) + ")";
    }

    /**
     * Where a pagure project is, below the server: its {@code url_path} (newer messages), else
     * {@code [fork/<user>/][<namespace>/]<name>} from its fields.
     */
    private static String pagurePath(JsonObject project) {
        if (project == null) {
            return null;
        }
        String urlPath = text(project, "url_path");
        if (urlPath != null) {
            return urlPath;
        }
        String name = text(project, "name");
        if (name == null) {
            return null;
        }
        String namespace = text(project, "namespace");
        String path = (namespace == null ? "" : namespace + "/") + name;
        String forker = text(project, "user.name");
        return object(project, "parent") != null && forker != null ? "fork/" + forker + "/" + path : path;
    }

    private static Summary badges(JsonObject body, String subject) {
        String who = first(text(body, "user.username"), text(body, "person.nickname"));
        if (who == null) {
            return null;
        }
        String link = BADGES + "/user/" + segment(who);
        return switch (subject) {
            case "fedbadges.badge.award" -> {
                String badge = text(body, "badge.name");
                yield badge == null ? null : new Summary(who + " earned the badge " + quoted(badge), link);
            }
            case "fedbadges.person.rank.advance" -> {
                String rank = text(body, "person.rank");
                yield rank == null ? null : new Summary(who + " advanced to rank " + rank + " in Fedora Badges", link);
            }
            case "fedbadges.person.login.first" -> new Summary(who + " logged in to Fedora Badges for the first time", link);
            default -> null;
        };
    }

    private static Summary accounts(JsonObject body, String subject) {
        String user = first(text(body, "user.username"), text(body, "user"));
        String agent = first(text(body, "agent.username"), text(body, "agent"), user, "someone");
        String group = first(text(body, "group.name"), text(body, "group"));
        String groupLink = group == null ? null : ACCOUNTS + "/group/" + segment(group) + "/";
        String userLink = user == null ? null : ACCOUNTS + "/user/" + segment(user) + "/";
        if (subject.startsWith("fas.group.") && group == null || subject.startsWith("fas.user.") && user == null) {
            return null;
        }
        return switch (subject) {
            case "fas.user.create" -> new Summary(user + " created a Fedora account", userLink);
            case "fas.user.update" -> new Summary(agent + " updated the account of " + user, userLink);
            case "fas.group.create" -> new Summary(agent + " created the group " + group, groupLink);
            case "fas.group.update" -> new Summary(agent + " updated the group " + group, groupLink);
            case "fas.group.member.apply" -> user == null ? null
                    : new Summary(user + " applied to join the group " + group, groupLink);
            case "fas.group.member.sponsor" -> user == null ? null
                    : new Summary(agent + " sponsored " + user + " into the group " + group, groupLink);
            case "fas.group.member.remove" -> user == null ? null
                    : new Summary(agent + " removed " + user + " from the group " + group, groupLink);
            case "fas.role.update" -> user == null || group == null ? null
                    : new Summary(agent + " changed the role of " + user + " in the group " + group
                    + (text(body, "status") == null ? "" : " to " + text(body, "status")), groupLink);
            default -> null;
        };
    }

    private static Summary meetbot(JsonObject body, String subject) {
        String channel = text(body, "channel");
        if (channel == null) {
            return null;
        }
        String owner = first(text(body, "owner"), "someone");
        String meeting = text(body, "meeting_topic");
        String named = meeting == null ? "a meeting in " + channel : "the meeting " + quoted(meeting) + " in " + channel;
        String link = Summary.web(text(body, "url"));
        if (subject.startsWith("meetbot.meeting.item.")) {
            String line = text(body, "details.line");
            // the meetbot command the item was made with: #info, #link, #help...
            return new Summary(first(text(body, "details.nick"), owner) + " added #" + subject.substring("meetbot.meeting.item.".length())
                    + " to " + named + (line == null ? "" : ": " + line), link);
        }
        return switch (subject) {
            case "meetbot.meeting.start" -> new Summary(owner + " started " + named, link);
            case "meetbot.meeting.complete" -> new Summary(owner + " ended " + named, link);
            case "meetbot.meeting.topic.update" -> text(body, "topic") == null ? null
                    : new Summary(owner + " set the topic of " + named + " to " + quoted(text(body, "topic")), link);
            default -> null;
        };
    }

    private static Summary github(JsonObject body, String subject) {
        String login = first(text(body, "sender.login"), text(body, "pusher.name"));
        String repo = first(text(body, "repository.full_name"),
                text(body, "repository.name") == null ? null
                        : first(text(body, "repository.owner.login"), text(body, "repository.owner.name"), "?") + "/" + text(body, "repository.name"));
        if (login == null || repo == null) {
            return null;
        }
        // github2fedmsg maps GitHub logins to Fedora accounts: the hub's people are Fedora accounts
        String who = first(text(body, "fas_usernames." + login), login);
        String event = subject.substring("github.".length());
        String repoLink = Summary.web(text(body, "repository.html_url"));
        String issueTitle = text(body, "issue.title");
        String issue = repo + "#" + text(body, "issue.number") + (issueTitle == null ? "" : " " + quoted(issueTitle));
        String pullTitle = text(body, "pull_request.title");
        String pull = repo + "#" + text(body, "pull_request.number") + (pullTitle == null ? "" : " " + quoted(pullTitle));
        String action = text(body, "action");
        if (event.startsWith("issue.") && text(body, "issue.number") != null) {
            String verb = event.equals("issue.comment") ? "commented on"
                    : GITHUB_ISSUE_ACTIONS.contains(event.substring("issue.".length())) ? event.substring("issue.".length()) : "updated";
            return new Summary(who + " " + verb + " github issue " + issue,
                    first(Summary.web(text(body, "comment.html_url")), Summary.web(text(body, "issue.html_url")), repoLink));
        }
        if (event.startsWith("pull_request") && text(body, "pull_request.number") != null) {
            String verb = switch (event) {
                case "pull_request_review" -> "reviewed";
                case "pull_request_review_comment" -> "commented on";
                case "pull_request.closed" -> isTrue(body, "pull_request.merged") ? "merged" : "closed";
                default -> event.startsWith("pull_request.") ? event.substring("pull_request.".length()) : first(action, "updated");
            };
            return new Summary(who + " " + verb + " github pull request " + pull, first(Summary.web(text(body, "comment.html_url")),
                    Summary.web(text(body, "pull_request.html_url")), repoLink));
        }
        return switch (event) {
            case "push" -> {
                JsonArray commits = body.get("commits") instanceof JsonArray list ? list : null;
                yield new Summary(who + " pushed" + (commits == null ? "" : " " + count(commits.size(), "commit")) + " to "
                        + repo + branch(text(body, "ref")), first(Summary.web(text(body, "compare")), repoLink));
            }
            case "commit_comment" -> new Summary(who + " commented on a commit of " + repo,
                    first(Summary.web(text(body, "comment.html_url")), repoLink));
            case "create", "delete" -> new Summary(who + (event.equals("create") ? " created " : " deleted ")
                    + first(text(body, "ref_type"), "ref") + " " + first(text(body, "ref"), "") + " in " + repo, repoLink);
            case "fork" -> new Summary(who + " forked " + repo, first(Summary.web(text(body, "forkee.html_url")), repoLink));
            case "star", "watch" -> new Summary(who + " starred " + repo, repoLink);
            case "release" -> new Summary(who + " published the release "
                    + first(text(body, "release.name"), text(body, "release.tag_name"), "") + " of " + repo,
                    first(Summary.web(text(body, "release.html_url")), repoLink));
            default -> new Summary(who + " github " + event.replace('.', ' ').replace('_', ' ') + " " + repo, repoLink);
        };
    }

    private static Summary distGit(JsonObject body, String subject) {
        String agent = text(body, "agent");
        if (subject.startsWith("git.receive")) {
            JsonObject commit = object(body, "commit");
            // older topics name the repository instead: git.receive.<repo>.<branch>
            String[] words = subject.split("\\.");
            String repo = commit == null ? null : first(text(commit, "repo"), words.length > 2 ? words[2] : null);
            if (repo == null) {
                return null;
            }
            String who = first(text(commit, "username"), text(commit, "agent"), agent, text(commit, "name"), "someone");
            String summary = text(commit, "summary");
            String namespace = first(text(commit, "namespace"), "rpms");
            String rev = text(commit, "rev");
            return new Summary(who + " pushed to " + repo + branch(text(commit, "branch")) + (summary == null ? "" : ": " + summary),
                    DIST_GIT + "/" + segment(namespace) + "/" + segment(repo) + (rev == null ? "" : "/c/" + segment(rev)));
        }
        String name = text(body, "name");
        if (agent == null || name == null) {
            return null;
        }
        String link = DIST_GIT + "/rpms/" + segment(name);
        return switch (subject) {
            case "git.branch" -> new Summary(agent + " created the branch " + first(text(body, "branch"), "?") + " of " + name, link);
            case "git.lookaside.new" -> new Summary(agent + " uploaded " + first(text(body, "filename"), "a file")
                    + " to the lookaside cache of " + name, link);
            default -> null;
        };
    }
}
