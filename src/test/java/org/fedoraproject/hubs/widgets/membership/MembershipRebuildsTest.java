package org.fedoraproject.hubs.widgets.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fedoraproject.hubs.hub.MembershipChanged;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.rebuild.WorkItem;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;
import org.fedoraproject.hubs.widgets.about.AboutWidget;
import org.fedoraproject.hubs.widgets.myhubs.MyHubsWidget;
import org.fedoraproject.hubs.widgets.people.HubPeopleWidget;
import org.junit.jupiter.api.Test;

class MembershipRebuildsTest {

    private static final Map<String, WidgetType> TYPES = Map.of(
            "hub-people", new HubPeopleWidget(), "my-hubs", new MyHubsWidget(), "about", new AboutWidget());

    private static final List<WidgetRef> WIDGETS = List.of(
            widget(1, "infrastructure", "hub-people", "{\"hub\":\"infrastructure\"}"),
            widget(2, "ralph", "hub-people", "{\"hub\":\"ralph\"}"),
            widget(3, "infrastructure", "my-hubs", "{\"username\":\"ralph\"}"),
            widget(4, "pingou", "my-hubs", "{\"username\":\"pingou\"}"),
            widget(5, "infrastructure", "about", "{\"text\":\"infrastructure\"}"),
            widget(6, "infrastructure", "gone-type", "{\"hub\":\"infrastructure\"}"));

    @Test
    void rebuildsThePeopleOfTheHubAndTheHubsOfTheUser() {
        assertThat(work(new MembershipChanged("infrastructure", "ralph")))
                .containsExactly(new WorkItem(1, "people"), new WorkItem(3, "hubs"));
        assertThat(work(new MembershipChanged("ralph", "ralph")))
                .containsExactly(new WorkItem(2, "people"), new WorkItem(3, "hubs"));
        assertThat(work(new MembershipChanged("infrastructure", "lmacken"))).containsExactly(new WorkItem(1, "people"));
    }

    @Test
    void aChangeNoWidgetListsRebuildsNothing() {
        assertThat(work(new MembershipChanged("designteam", "mattdm"))).isEmpty();
    }

    private static List<WorkItem> work(MembershipChanged change) {
        return MembershipRebuilds.work(change, WIDGETS, name -> Optional.ofNullable(TYPES.get(name)));
    }

    private static WidgetRef widget(long id, String hub, String type, String config) {
        return new WidgetRef(id, hub, type, WidgetConfig.stored(config), "right", 0);
    }
}
