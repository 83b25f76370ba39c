package org.fedoraproject.hubs.widgets.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.fedoraproject.hubs.hub.Hub;
import org.fedoraproject.hubs.hub.HubType;
import org.fedoraproject.hubs.hub.Membership;
import org.fedoraproject.hubs.hub.MembershipChanged;
import org.fedoraproject.hubs.hub.Role;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;

class HubPeopleWidgetTest {

    private final HubPeopleWidget widget = new HubPeopleWidget();
    private final CachedFunction people = widget.function("people");

    @Test
    void listsEachRoleByNameWithItsCountAndAvatars() {
        JsonObject value = HubPeople.from(new Hub("infrastructure", HubType.TEAM), List.of(
                new Membership("infrastructure", "ralph", Role.OWNER),
                new Membership("infrastructure", "pingou", Role.MEMBER),
                new Membership("infrastructure", "lmacken", Role.MEMBER),
                new Membership("infrastructure", "ralph", Role.STARGAZER),
                new Membership("infrastructure", "Adamwill", Role.SUBSCRIBER)));

        assertThat(value.getString("hub")).isEqualTo("infrastructure");
        assertThat(value.getString("hub_type")).isEqualTo("team");
        assertThat(names(value, "owners")).containsExactly("ralph");
        assertThat(names(value, "members")).containsExactly("lmacken", "pingou");
        assertThat(names(value, "subscribers")).containsExactly("Adamwill");
        assertThat(names(value, "stargazers")).containsExactly("ralph");
        assertThat(value.getJsonObject("members").getInt("count")).isEqualTo(2);
        JsonObject ralph = value.getJsonObject("owners").getJsonArray("people").getJsonObject(0);
        assertThat(ralph.getString("since")).isNotBlank();
        assertThat(ralph.getString("avatar")).isEqualTo("https://seccdn.libravatar.org/avatar/"
                + "9c9f7784935381befc302fe3c814f9136e7a33953d0318761669b8643f4df55c?s=48&d=retro");
    }

    @Test
    void aRoleWithManyPeopleIsCountedAndCut() {
        List<Membership> subscribers = new ArrayList<>();
        for (int i = 0; i < HubPeople.MAX_LISTED + 5; i++) {
            subscribers.add(new Membership("ralph", String.format("user%03d", i), Role.SUBSCRIBER));
        }

        JsonObject value = HubPeople.from(new Hub("ralph", HubType.USER), subscribers);

        assertThat(value.getJsonObject("subscribers").getInt("count")).isEqualTo(HubPeople.MAX_LISTED + 5);
        assertThat(names(value, "subscribers")).hasSize(HubPeople.MAX_LISTED).startsWith("user000");
        assertThat(value.getJsonObject("owners").getInt("count")).isZero();
        assertThat(names(value, "owners")).isEmpty();
    }

    @Test
    void noBusMessageEverInvalidatesIt() throws Exception {
        for (String hub : List.of("infrastructure", "ralph")) {
            WidgetConfig config = config(hub);
            assertThat(people.hints(config)).isEqualTo(Hints.NO_BUS_MESSAGE);
            assertThat(CorpusProperties.assertFamilyOnlyAndHintsKept(people, config, message -> false)).isZero();
        }
    }

    @Test
    void membershipChangesOfItsHubConcernIt() throws Exception {
        assertThat(widget.concerns(new MembershipChanged("infrastructure", "pingou"), config("infrastructure"))).isTrue();
        assertThat(widget.concerns(new MembershipChanged("ralph", "pingou"), config("infrastructure"))).isFalse();
    }

    @Test
    void theHubDefaultsToTheWidgetsOwnHub() {
        assertThat(widget.parameters()).singleElement()
                .satisfies(parameter -> assertThat(parameter.hubSetting()).isEqualTo(Hub.NAME_DEFAULT));
    }

    private WidgetConfig config(String hub) throws Exception {
        return WidgetConfig.validate(widget, Json.createObjectBuilder().add("hub", hub).build());
    }

    private static List<String> names(JsonObject value, String list) {
        return value.getJsonObject(list).getJsonArray("people").getValuesAs(JsonObject.class).stream()
                .map(person -> person.getString("name")).toList();
    }
}
