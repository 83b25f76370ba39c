package org.fedoraproject.hubs.widget;

import java.util.Optional;
import java.util.regex.Pattern;

/** The value types a widget parameter can take, each with its validation rule. */
public enum ParameterType {
    TEXT(".{0,500}", "must be at most 500 characters"),
    EMAIL("(?=.{3,320}$)[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}", "must be an e-mail address of at most 320 characters"),
    USERNAME("[a-z_][a-z0-9_.-]{0,31}", "must be a Fedora account name (lower case letters, digits, . _ -)"),
    /** Up to 50 account names or e-mail addresses (Bugzilla knows people by address), separated by commas. */
    PEOPLE("(?=.{1,2000}$)\\s*" + Person.REGEX + "(?:\\s*,\\s*" + Person.REGEX + "){0,49}\\s*",
            "must be Fedora account names or e-mail addresses separated by commas (at most 50)"),
    INTEGER("-?[0-9]{1,9}", "must be a whole number"),
    BOOLEAN("true|false", "must be true or false"),
    URL("https?://[^\\s]{1,2000}", "must be an http(s) URL");

    /** One element of {@link #PEOPLE}: an account name, as {@link #USERNAME}, or an address, as {@link #EMAIL} but without commas. */
    private static final class Person {
        static final String REGEX = "(?:[a-z_][a-z0-9_.-]{0,31}|[^@\\s,]{1,64}@[^@\\s,]{1,255}\\.[^@\\s,]{1,63})";
    }

    private final Pattern pattern;
    private final String rule;

    ParameterType(String regex, String rule) {
        this.pattern = Pattern.compile(regex);
        this.rule = rule;
    }

    public boolean accepts(String value) {
        return problem(value).isEmpty();
    }

    /**
     * What is wrong with the value, if anything. Control characters (NUL, escape, line breaks...)
     * are refused in every type: no field is meant to hold them, and some databases refuse them.
     */
    public Optional<String> problem(String value) {
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        return pattern.matcher(value).matches() ? Optional.empty() : Optional.of(rule);
    }

    /** The human explanation of the rule, shown next to the field. */
    public String rule() {
        return rule;
    }
}
