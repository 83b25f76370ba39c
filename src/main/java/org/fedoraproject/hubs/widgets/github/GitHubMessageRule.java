package org.fedoraproject.hubs.widgets.github;

import jakarta.json.JsonObject;
import org.fedoraproject.hubs.bus.BusMessage;

/**
 * Which github2fedmsg messages change a repository's open issues and pull requests: its
 * {@code github.issue.*} (opened, closed, reopened, labeled... and {@code github.issue.comment},
 * which GitHub also sends for comments on pull requests), {@code github.issue_comment} and
 * {@code github.pull_request*} (the pull request itself, its reviews and review comments),
 * for the repository in {@code msg.repository.full_name}. Pushes, statuses, stars and releases
 * change no list.
 */
final class GitHubMessageRule {

    static final String CATEGORY = "github";

    private GitHubMessageRule() {
    }

    static boolean changesOpenItems(BusMessage message, GitHubRepository repository) {
        if (!message.category().equals(CATEGORY)) {
            return false;
        }
        String subject = message.subject();
        boolean aboutItems = subject.startsWith("github.issue.") || subject.equals("github.issue_comment")
                || subject.startsWith("github.pull_request");
        return aboutItems && message.body().get("repository") instanceof JsonObject repo
                && repository.fullName().equalsIgnoreCase(repo.getString("full_name", ""));
    }
}
