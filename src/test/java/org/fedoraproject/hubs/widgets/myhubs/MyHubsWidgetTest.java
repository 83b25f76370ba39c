package org.fedoraproject.hubs.widgets.myhubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.fedoraproject.hubs.hub.Hub;
import org.fedoraproject.hubs.hub.HubType;
import org.fedoraproject.hubs.hub.MembershipChanged;
import org.fedoraproject.hubs.hub.MembershipService.HeldHub;
import org.fedoraproject.hubs.hub.Role;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.InvalidConfigException;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;

class MyHubsWidgetTest {

    private static final Instant SINCE = Instant.parse("2024-05-02T09:00:00Z");

    private final MyHubsWidget widget = new MyHubsWidget();
    private final CachedFunction hubs = widget.function("hubs");

    @Test
    void splitsTheUsersHubsByRoleWithTheirPages() {
        JsonObject value = MyHubLists.from("ralph", List.of(
                new HeldHub("infrastructure", HubType.TEAM, Role.OWNER, SINCE),
                new HeldHub("ralph", HubType.USER, Role.OWNER, SINCE),
                new HeldHub("ralph-stream", HubType.STREAM, Role.OWNER, SINCE),
                new HeldHub("designteam", HubType.TEAM, Role.MEMBER, SINCE),
                new HeldHub("infrastructure", HubType.TEAM, Role.SUBSCRIBER, SINCE),
                new HeldHub("pingou", HubType.USER, Role.STARGAZER, SINCE)), false);

        assertThat(value.getString("username")).isEqualTo("ralph");
        assertThat(urls(value, "owned")).containsExactly("/t/infrastructure/", "/u/ralph/");
        assertThat(urls(value, "joined")).containsExactly("/t/designteam/");
        assertThat(urls(value, "subscribed")).containsExactly("/t/infrastructure/");
        assertThat(urls(value, "starred")).containsExactly("/u/pingou/");
        assertThat(value.getJsonArray("owned").getJsonObject(0).getString("name")).isEqualTo("infrastructure");
        assertThat(value.getJsonArray("owned").getJsonObject(0).getString("type")).isEqualTo("team");
        assertThat(value.getBoolean("truncated")).isFalse();
    }

    @Test
    void aUserWithoutHubsHasFourEmptyLists() {
        JsonObject value = MyHubLists.from("newcomer", List.of(), false);

        for (String list : List.of("owned", "joined", "subscribed", "starred")) {
            assertThat(value.getJsonArray(list)).isEmpty();
        }
    }

    @Test
    void noBusMessageEverInvalidatesIt() throws Exception {
        for (String user : List.of("ralph", "pingou", "lmacken")) {
            WidgetConfig config = config(user);
            assertThat(hubs.hints(config)).isEqualTo(Hints.NO_BUS_MESSAGE);
            assertThat(CorpusProperties.assertFamilyOnlyAndHintsKept(hubs, config, message -> false)).isZero();
        }
    }

    @Test
    void theUsersMembershipChangesConcernIt() throws Exception {
        assertThat(widget.concerns(new MembershipChanged("infrastructure", "ralph"), config("ralph"))).isTrue();
        assertThat(widget.concerns(new MembershipChanged("infrastructure", "pingou"), config("ralph"))).isFalse();
    }

    @Test
    void theUsernameIsAFedoraAccountTakenFromAUserHub() {
        assertThat(widget.parameters()).singleElement()
                .satisfies(parameter -> assertThat(parameter.hubSetting()).isEqualTo(Hub.USERNAME_DEFAULT));
        assertThatThrownBy(() -> config("Not An Account")).isInstanceOf(InvalidConfigException.class);
    }

    private WidgetConfig config(String username) throws Exception {
        return WidgetConfig.validate(widget, Json.createObjectBuilder().add("username", username).build());
    }

    private static List<String> urls(JsonObject value, String list) {
        return value.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(hub -> hub.getString("url")).toList();
    }
}
