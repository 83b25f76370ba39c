package org.fedoraproject.hubs.widgets.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plain parts of what is kept: the cap, and the key of a set of people. */
class ActivityRowsTest {

    @Test
    void deletesWhatIsPastTheCapOfTheNewest() {
        assertThat(ActivityRows.beyondCap(List.of(9L, 7L, 8L, 1L), 2)).containsExactly(8L, 1L);
        assertThat(ActivityRows.beyondCap(List.of(9L, 7L), 2)).isEmpty();
        assertThat(ActivityRows.beyondCap(List.of(), 1)).isEmpty();
    }

    @Test
    void keysPeopleWhateverTheirOrder() {
        String key = ActivityLog.key(Set.of("ralph", "pingou"));
        assertThat(ActivityLog.key(new java.util.LinkedHashSet<>(List.of("pingou", "ralph")))).isEqualTo(key);
        assertThat(ActivityLog.key(Set.of("ralph"))).isNotEqualTo(key).hasSize(32);
    }
}
