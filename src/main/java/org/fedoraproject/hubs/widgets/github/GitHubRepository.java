package org.fedoraproject.hubs.widgets.github;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A GitHub repository as {@code owner/repo}: the owner by GitHub's account name rule (letters,
 * digits and single hyphens, at most 39), the repository by its name rule (letters, digits,
 * {@code . _ -}, at most 100, never {@code .} or {@code ..}), so a valid one is also a safe URL path.
 */
record GitHubRepository(String owner, String repo) {

    private static final Pattern OWNER = Pattern.compile("(?=.{1,39}$)[A-Za-z0-9](?:-?[A-Za-z0-9])*");
    private static final Pattern REPO = Pattern.compile("(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}");

    static Optional<GitHubRepository> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length == 2 && OWNER.matcher(parts[0]).matches() && REPO.matcher(parts[1]).matches()) {
            return Optional.of(new GitHubRepository(parts[0], parts[1]));
        }
        return Optional.empty();
    }

    /** GitHub's {@code full_name}; GitHub compares these ignoring case. */
    String fullName() {
        return owner + "/" + repo;
    }
}
