package org.fedoraproject.hubs.widget;

import java.util.Set;

/**
 * What a cached function promises about the messages that can invalidate it: only messages of
 * these bus categories ({@code bugzilla}, {@code buildsys}...) and, when {@code people} is not
 * empty, only messages that mention one of these user names or e-mail addresses.
 * An empty set of categories means any category.
 *
 * <p>Hints are a promise that triage relies on to ask only the functions a message may concern.
 * When {@code categories} is not empty, {@code shouldInvalidate} returns false for every message
 * whose {@link org.fedoraproject.hubs.bus.BusMessage#category() category} is not one of them
 * (compared exactly). When {@code people} is not empty, it returns false for every message that
 * mentions none of them. A message <em>mentions</em> a person when the name or address, stripped and
 * compared ignoring case, equals a string value of the message's body of at most
 * {@value org.fedoraproject.hubs.bus.MessagePeople#MAX_LENGTH} characters, at any depth, in objects
 * and arrays (the elements of a {@code usernames} array included), or a name the envelope gives: a
 * string of its top-level {@code usernames} array (datagrepper) or the {@code <name>} of a
 * {@code fedora_messaging_user_<name>} header; a blank name is never mentioned
 * ({@link org.fedoraproject.hubs.bus.MessagePeople} is the definition). Hints are read when an
 * instance is created or changed, so they must depend on the configuration alone. A function that
 * cannot keep such a promise declares no hints and is asked about every message; one that breaks it
 * silently misses invalidations.
 */
public record Hints(Set<String> categories, Set<String> people) {

    /** No hints: asked about every message (correct, only slower). */
    public static final Hints NONE = new Hints(Set.of(), Set.of());

    /**
     * The category of {@link #NO_BUS_MESSAGE}. It contains spaces, and a message's category is a
     * word of its topic, which {@link org.fedoraproject.hubs.bus.BusMessage} only accepts when made
     * of {@code [A-Za-z0-9_-]}: no message is ever of this category.
     */
    public static final String NO_CATEGORY = "no bus message";

    /**
     * For a function that no bus message ever invalidates (its value comes from Hubs' own data or
     * from its configuration alone; configuration changes rebuild it anyway) and whose
     * {@code shouldInvalidate} returns false. Triage indexes it under {@link #NO_CATEGORY}, a bucket
     * no message looks in, so it is never asked about any message.
     */
    public static final Hints NO_BUS_MESSAGE = new Hints(Set.of(NO_CATEGORY), Set.of());

    public Hints {
        categories = Set.copyOf(categories);
        people = Set.copyOf(people);
    }

}
