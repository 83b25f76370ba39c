package org.fedoraproject.hubs.widgets.pagure;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Pagure project named as Pagure names it: {@code name} or {@code namespace/name}
 * ({@code fedora-infra/fedora-hubs}, {@code docs/fedora-docs}). Each part follows Pagure's own rule
 * for project names, so a valid project is also a safe URL path; forks ({@code forks/user/...}) are
 * not projects of their own here.
 */
record PagureProject(String namespace, String name) {

    /** Pagure's project name rule: a letter, digit or underscore, then those and {@code . _ + -}. */
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]{0,99}");
    private static final String FORKS = "forks";

    PagureProject {
        Objects.requireNonNull(name);
    }

    /** The project named by {@code text}, or empty when it is not a Pagure project name. */
    static Optional<PagureProject> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length == 1 && PART.matcher(parts[0]).matches()) {
            return Optional.of(new PagureProject(null, parts[0]));
        }
        if (parts.length == 2 && PART.matcher(parts[0]).matches() && PART.matcher(parts[1]).matches()
                && !parts[0].equals(FORKS)) {
            return Optional.of(new PagureProject(parts[0], parts[1]));
        }
        return Optional.empty();
    }

    /** What Pagure calls the project's {@code fullname}: {@code namespace/name}, or the name alone. */
    String fullName() {
        return namespace == null ? name : namespace + "/" + name;
    }

    /**
     * Whether a message's project object ({@code msg.project}, {@code msg.pullrequest.project}...)
     * is this project. Old messages have no {@code fullname} and no {@code namespace}, so the name,
     * the namespace (absent means none) and, when present, the full name must all agree; a project
     * with a {@code parent} is a fork, whatever its name.
     */
    boolean isDescribedBy(JsonValue value) {
        if (!(value instanceof JsonObject project) || project.get("parent") instanceof JsonObject) {
            return false;
        }
        String fullName = project.getString("fullname", null);
        return name.equals(project.getString("name", null))
                && Objects.equals(namespace, project.getString("namespace", null))
                && (fullName == null || fullName.equals(fullName()));
    }
}
