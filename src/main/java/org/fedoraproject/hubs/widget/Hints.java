package org.fedoraproject.hubs.widget;

import java.util.Set;

/**
 * What a cached function promises about the messages that can invalidate it: only messages of
 * these bus categories ({@code bugzilla}, {@code buildsys}...) and, when {@code people} is not
 * empty, only messages that mention one of these user names or e-mail addresses.
 * An empty set of categories means any category.
 */
public record Hints(Set<String> categories, Set<String> people) {

    public static final Hints NONE = new Hints(Set.of(), Set.of());

    public Hints {
        categories = Set.copyOf(categories);
        people = Set.copyOf(people);
    }

    public boolean isNone() {
        return categories.isEmpty() && people.isEmpty();
    }
}
