package org.fedoraproject.hubs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.hubs.bus.BusMessage;
import org.junit.jupiter.api.Test;

/** The demo's recorded story is complete: every message and answer file it names is there and readable. */
class DemoScriptTest {

    @Test
    void everyStepIsABusMessageAndEveryAnswerIsRecorded() throws Exception {
        DemoScript script = DemoScript.load();

        assertThat(script.hubs()).extracting(DemoScript.DemoHub::name).startsWith("ralph").contains("infrastructure");
        assertThat(script.hubs().get(0).widgets()).extracting(DemoScript.DemoWidget::type).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(6);
        for (DemoScript.Step step : script.steps()) {
            assertThat(BusMessage.parse(step.envelope("test")).topic()).isEqualTo(step.topic());
        }
        RecordedAnswers answers = new RecordedAnswers();
        script.initialAnswers().applyTo(answers);
        assertThat(answers.find("badges", "/user/ralph/json", null)).hasValueSatisfying(body -> assertThat(body).contains("assertions"));
        assertThat(answers.find("koji", "/", null)).hasValueSatisfying(body -> assertThat(body).startsWith("<?xml"));
    }
}
