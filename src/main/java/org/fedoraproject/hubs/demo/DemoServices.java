package org.fedoraproject.hubs.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the demo's stand-ins answer right now; the replay moves them along with the story. */
@ApplicationScoped
public class DemoServices {

    private final RecordedAnswers answers = new RecordedAnswers();
    private volatile boolean running;

    /** Starts (or restarts) the story: these answers replace all earlier ones. */
    void reset(DemoScript.Answers initial) {
        answers.clear();
        initial.applyTo(answers);
        running = true;
    }

    void change(DemoScript.Answers changed) {
        changed.applyTo(answers);
    }

    /** The answer to a request, or empty when the demo is not running or recorded no such answer. */
    public Optional<String> answer(String service, String path, String rawQuery) {
        return running ? answers.find(service, path, rawQuery) : Optional.empty();
    }
}
