package org.fedoraproject.hubs.widgets.badges;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The badges widget's invalidation rule against the corpus's fedbadges messages (all three are about ralph). */
class BadgeMessageRuleTest {

    private final CachedFunction badges = new BadgesWidget().function("badges");

    @Test
    void aBadgeAwardedToTheUserInvalidatesTheirBadges() throws Exception {
        BusMessage award = message("0502-stg.fedbadges.badge.award.json");

        assertThat(badges.shouldInvalidate(award, config("ralph"))).isTrue();
        assertThat(badges.shouldInvalidate(award, config("pingou"))).isFalse();
    }

    @Test
    void theUsersRankAdvancingInvalidatesTheirBadges() throws Exception {
        BusMessage rank = message("0501-prod.fedbadges.person.rank.advance.json");

        assertThat(badges.shouldInvalidate(rank, config("ralph"))).isTrue();
        assertThat(badges.shouldInvalidate(rank, config("pingou"))).isFalse();
    }

    @Test
    void aFirstLoginChangesNeitherBadgesNorRank() throws Exception {
        assertThat(badges.shouldInvalidate(message("0500-prod.fedbadges.person.login.first.json"), config("ralph"))).isFalse();
    }

    @Test
    void theBadgesCreatorIsNotWhoGotIt() throws Exception {
        // 0502's badge was created by ralph too: an award to someone else must not touch ralph's list
        String awardToLmacken = Fixtures.message("0502-stg.fedbadges.badge.award.json")
                .replace("\"username\": \"ralph\"", "\"username\": \"lmacken\"");
        BusMessage award = BusMessage.parse(awardToLmacken);

        assertThat(badges.shouldInvalidate(award, config("lmacken"))).isTrue();
        assertThat(badges.shouldInvalidate(award, config("ralph"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ralph", "pingou", "lmacken", "kalev"})
    void noMessageOutsideFedbadgesEverInvalidatesItAndHintsAreKept(String username) {
        int invalidated = CorpusProperties.assertFamilyOnlyAndHintsKept(badges, config(username),
                message -> message.category().equals("fedbadges"));
        assertThat(invalidated).isEqualTo(username.equals("ralph") ? 2 : 0);
    }

    @Test
    void hintsNameTheCategoryAndTheUser() {
        assertThat(badges.hints(config("ralph")).categories()).isEqualTo(java.util.Set.of("fedbadges"));
        assertThat(badges.hints(config("ralph")).people()).isEqualTo(java.util.Set.of("ralph"));
    }

    @Test
    void theParameterComesFromTheHubsUser() {
        assertThat(new BadgesWidget().parameters()).singleElement()
                .satisfies(parameter -> assertThat(List.of(parameter.name(), parameter.hubSetting()))
                        .containsExactly("username", "username"));
    }

    private static BusMessage message(String file) throws Exception {
        return BusMessage.parse(Fixtures.message(file));
    }

    static WidgetConfig config(String username) {
        return WidgetConfig.stored(Json.createObjectBuilder().add("username", username).build().toString());
    }
}
