package org.fedoraproject.hubs.widget;

import java.util.Map;

/** A widget configuration breaks its type's parameter rules; says which field and why. */
public class InvalidConfigException extends Exception {

    private final Map<String, String> problems;

    public InvalidConfigException(Map<String, String> problems) {
        super("invalid widget configuration: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field name to what is wrong with it. */
    public Map<String, String> problems() {
        return problems;
    }
}
