package org.fedoraproject.hubs.widgets.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.InvalidConfigException;
import org.fedoraproject.hubs.widget.MessageLog;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The activity widget's rule against real corpus messages, its hints over the whole corpus, and its configuration. */
class ActivityWidgetTest {

    private final ActivityWidget widget = new ActivityWidget();
    private final CachedFunction activity = widget.function("activity");

    @Test
    void isInvalidatedByTheMessagesConcerningItsPeople() throws Exception {
        assertThat(invalidates("0219-prod.buildsys.build.state.change.json", "ralph")).isTrue(); // his build
        assertThat(invalidates("0502-stg.fedbadges.badge.award.json", "ralph")).isTrue(); // his badge
        assertThat(invalidates("0603-prod.github.issue.opened.json", "ralph")).isTrue(); // as ralphbean on GitHub
        assertThat(invalidates("0489-stg.fas.group.member.sponsor.json", "toshio")).isTrue(); // who sponsored
        assertThat(invalidates("0715-prod.meetbot.meeting.item.help.json", "pingou, lmacken")).isTrue(); // a member's meeting
        assertThat(invalidates("0003-prod.bugzilla.bug.update.json", "mavit@mavit.org.uk")).isTrue(); // Bugzilla: by address
    }

    @Test
    void isNotInvalidatedByMessagesOfOthersEvenWhenTheyNameItsPeople() throws Exception {
        assertThat(invalidates("0219-prod.buildsys.build.state.change.json", "pingou")).isFalse();
        assertThat(invalidates("0835-pagureio.prod.pagure.issue.new.json", "pingou")).isFalse(); // his project, bonnegent's issue
        assertThat(invalidates("0502-stg.fedbadges.badge.award.json", "lmacken, pingou")).isFalse();
        assertThat(invalidates("0003-prod.bugzilla.bug.update.json", "extras-qa@fedoraproject.org")).isFalse(); // QA contact
    }

    @ParameterizedTest
    @ValueSource(strings = {"ralph", "pingou", "lmacken", "ralph, pingou, lmacken", "jflory7", "jkadlcik@redhat.com"})
    void keepsItsHintsAndIsOnlyInvalidatedByMessagesConcerningItsPeople(String people) {
        WidgetConfig config = config(people);
        Set<String> configured = ConcernedPeople.configured(people);

        int invalidated = CorpusProperties.assertFamilyOnlyAndHintsKept(activity, config,
                message -> ConcernedPeople.of(message).stream().anyMatch(configured::contains));

        assertThat(invalidated).isPositive();
        assertThat(activity.hints(config).categories()).isEmpty();
        assertThat(activity.hints(config).people()).isEqualTo(configured);
    }

    @Test
    void recordsTheMessagesThatInvalidateIt() {
        assertThat(activity).isInstanceOf(MessageLog.class);
    }

    @Test
    void takesPeopleFromTheHubAndValidatesThem() throws Exception {
        assertThat(widget.parameters().get(0).hubSetting()).isEqualTo("username");
        WidgetConfig team = WidgetConfig.validate(widget, Json.createObjectBuilder()
                .add("people", "ralph, pingou,lmacken , rbean@redhat.com").build());
        assertThat(team.get("max")).isEqualTo("100");
        assertThat(widget.cap(team)).isEqualTo(100);

        for (String wrong : List.of("Ralph", "ralph;pingou", "ralph,,pingou", "", "a".repeat(33), "ralph, <b>")) {
            assertThatThrownBy(() -> WidgetConfig.validate(widget, Json.createObjectBuilder().add("people", wrong).build()))
                    .as(wrong).isInstanceOf(InvalidConfigException.class);
        }
        String fifty = String.join(",", java.util.Collections.nCopies(50, "ralph"));
        assertThat(WidgetConfig.validate(widget, Json.createObjectBuilder().add("people", fifty).build()).get("people")).isEqualTo(fifty);
        assertThatThrownBy(() -> WidgetConfig.validate(widget, Json.createObjectBuilder().add("people", fifty + ",pingou").build()))
                .isInstanceOf(InvalidConfigException.class);
    }

    @Test
    void capsWhatItKeepsWithinBounds() {
        assertThat(widget.cap(WidgetConfig.stored("{\"people\":\"ralph\",\"max\":\"20\"}"))).isEqualTo(20);
        assertThat(widget.cap(WidgetConfig.stored("{\"people\":\"ralph\",\"max\":\"0\"}"))).isEqualTo(1);
        assertThat(widget.cap(WidgetConfig.stored("{\"people\":\"ralph\",\"max\":\"100000\"}"))).isEqualTo(ActivityWidget.MOST);
    }

    @Test
    void itsValueListsItsPeopleAndItemsNewestFirst() {
        JsonObject value = ActivityWidget.value(ConcernedPeople.configured("ralph,pingou"), List.of(
                new ActivityItem("b", Instant.parse("2024-05-02T10:00:00Z"), "pingou opened pagure issue #1 'x'", "https://pagure.io/x/issue/1"),
                new ActivityItem("a", Instant.parse("2024-05-01T10:00:00Z"), "ralph: fedocal calendar new", null)));

        assertThat(value.getJsonArray("people").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("ralph", "pingou");
        assertThat(value.getJsonArray("items").getJsonObject(0)).isEqualTo(Json.createObjectBuilder()
                .add("key", "b").add("sent_at", "2024-05-02T10:00:00Z").add("summary", "pingou opened pagure issue #1 'x'")
                .add("link", "https://pagure.io/x/issue/1").build());
        assertThat(value.getJsonArray("items").getJsonObject(1).containsKey("link")).isFalse();
    }

    @Test
    void anItemIsKeyedByTheMessageAndDatedByIt() throws Exception {
        BusMessage dated = BusMessage.parse(Fixtures.message("0835-pagureio.prod.pagure.issue.new.json"));
        BusMessage undated = BusMessage.parse("{\"topic\":\"org.fedoraproject.prod.fas.user.create\",\"msg\":{\"user\":\"x\"}}");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(ActivityItem.of(dated, now).key()).isEqualTo(dated.id().orElseThrow());
        assertThat(ActivityItem.of(dated, now).sentAt()).isEqualTo(dated.sentAt().orElseThrow());
        assertThat(ActivityItem.of(undated, now).key()).startsWith("sha256:");
        assertThat(ActivityItem.of(undated, now).sentAt()).isEqualTo(now);
    }

    private boolean invalidates(String file, String people) throws Exception {
        return activity.shouldInvalidate(BusMessage.parse(Fixtures.message(file)), config(people));
    }

    private static WidgetConfig config(String people) {
        return WidgetConfig.stored(Json.createObjectBuilder().add("people", people).add("max", "100").build().toString());
    }
}
