package org.fedoraproject.hubs.demo;

import jakarta.enterprise.context.ApplicationScoped;

/** What the Bugzilla stand-in answers right now; the replay moves it along with the story. */
@ApplicationScoped
public class DemoBugzilla {

    private volatile String answer;

    void answer(String json) {
        this.answer = json;
    }

    /** The current answer, or {@code null} when the demo is not running. */
    public String answer() {
        return answer;
    }
}
