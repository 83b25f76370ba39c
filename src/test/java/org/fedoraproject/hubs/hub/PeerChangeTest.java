package org.fedoraproject.hubs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;

/** What another server changed, as this server works it out from the database. */
class PeerChangeTest {

    private static final WidgetRef KNOWN = widget("{\"email\":\"a@example.org\"}", "left", 0);

    @Test
    void whatThisServerAlreadyKnowsIsNoChange() {
        assertThat(WidgetChanged.fromPeer(Optional.of(KNOWN), Optional.of(widget("{\"email\":\"a@example.org\"}", "left", 0))))
                .isEmpty();
        assertThat(WidgetChanged.fromPeer(Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void aWidgetOnlyInTheDatabaseWasAddedAndOneOnlyHereWasRemoved() {
        WidgetChanged added = WidgetChanged.fromPeer(Optional.empty(), Optional.of(KNOWN)).orElseThrow();
        assertThat(added.kind()).isEqualTo(WidgetChanged.Kind.ADDED);
        assertThat(added.fromPeer()).isTrue();
        WidgetChanged removed = WidgetChanged.fromPeer(Optional.of(KNOWN), Optional.empty()).orElseThrow();
        assertThat(removed.kind()).isEqualTo(WidgetChanged.Kind.REMOVED);
        assertThat(removed.widget()).isEqualTo(KNOWN);
    }

    @Test
    void aMoveIsAnUpdateWithTheSameConfigurationAndANewAddressIsNot() {
        WidgetChanged moved = WidgetChanged.fromPeer(Optional.of(KNOWN),
                Optional.of(widget("{\"email\":\"a@example.org\"}", "right", 2))).orElseThrow();
        assertThat(moved.kind()).isEqualTo(WidgetChanged.Kind.UPDATED);
        assertThat(moved.configChanged()).isFalse();
        assertThat(moved.widget().column()).isEqualTo("right");
        WidgetChanged reconfigured = WidgetChanged.fromPeer(Optional.of(KNOWN),
                Optional.of(widget("{\"email\":\"b@example.org\"}", "left", 0))).orElseThrow();
        assertThat(reconfigured.configChanged()).isTrue();
    }

    private static WidgetRef widget(String config, String column, int index) {
        return new WidgetRef(7, "team", "package-reviews", WidgetConfig.stored(config), column, index);
    }
}
