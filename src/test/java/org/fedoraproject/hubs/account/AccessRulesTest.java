package org.fedoraproject.hubs.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.fedoraproject.hubs.account.AccessRules.HubFacts;
import org.fedoraproject.hubs.hub.HubType;
import org.fedoraproject.hubs.hub.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The access rules as a table: who, on which hub, does what, and the answer (200, 401 or 403). */
class AccessRulesTest {

    private static final HubFacts ALICE = new HubFacts("alice", HubType.USER, Set.of("alice"));
    private static final HubFacts TEAM = new HubFacts("python", HubType.TEAM, Set.of("olga"));

    private static Caller caller(String who) {
        return switch (who) {
            case "nobody" -> Caller.ANONYMOUS;
            case "admin" -> new Caller("root", Set.of("sysadmin-hubs"), null, true);
            default -> new Caller(who, Set.of("packager"), who + "@example.org", false);
        };
    }

    private static HubFacts hub(String name) {
        return name.equals("alice") ? ALICE : TEAM;
    }

    @ParameterizedTest(name = "{0} edits hub {1}: {2}")
    @CsvSource({
            "nobody, alice,  401",
            "alice,  alice,  200",
            "bob,    alice,  403",
            "admin,  alice,  200",
            "nobody, python, 401",
            "olga,   python, 200",
            "alice,  python, 403",
            "admin,  python, 200",
    })
    void editingAHub(String who, String hub, int expected) {
        assertThat(AccessRules.editHub(caller(who), hub(hub)).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} creates a hub owned by {1}: {2}")
    @CsvSource({
            "nobody, alice, 401",
            "alice,  alice, 200",
            "alice,  bob,   403",
            "admin,  bob,   200",
    })
    void creatingATeamHub(String who, String owner, int expected) {
        assertThat(AccessRules.createHub(caller(who), owner).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {4} {2} as {3} of {1}: {5}")
    @CsvSource({
            // joining and leaving: for yourself; owners manage members
            "nobody, python, bob,   MEMBER,     grants,  401",
            "bob,    python, bob,   MEMBER,     grants,  200",
            "bob,    python, carol, MEMBER,     grants,  403",
            "olga,   python, carol, MEMBER,     grants,  200",
            "bob,    python, bob,   MEMBER,     revokes, 200",
            "olga,   python, bob,   MEMBER,     revokes, 200",
            "carol,  python, bob,   MEMBER,     revokes, 403",
            // nobody makes themselves owner of a hub they do not own
            "bob,    python, bob,   OWNER,      grants,  403",
            "olga,   python, bob,   OWNER,      grants,  200",
            "admin,  python, bob,   OWNER,      grants,  200",
            "olga,   python, olga,  OWNER,      revokes, 200",
            // subscribing and starring: only for yourself, even owners
            "bob,    python, bob,   SUBSCRIBER, grants,  200",
            "olga,   python, bob,   SUBSCRIBER, grants,  403",
            "bob,    alice,  bob,   STARGAZER,  grants,  200",
            "bob,    alice,  alice, STARGAZER,  grants,  403",
            "alice,  alice,  alice, STARGAZER,  revokes, 200",
            "nobody, alice,  alice, STARGAZER,  grants,  401",
            "admin,  alice,  bob,   STARGAZER,  grants,  200",
    })
    void changingMemberships(String who, String hub, String user, Role role, String change, int expected) {
        assertThat(AccessRules.changeMembership(caller(who), hub(hub), user, role, change.equals("grants")).status())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} administers: {1}")
    @CsvSource({"nobody, 401", "alice, 403", "admin, 200"})
    void administering(String who, int expected) {
        assertThat(AccessRules.administer(caller(who)).status()).isEqualTo(expected);
    }
}
