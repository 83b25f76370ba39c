package org.fedoraproject.hubs.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusCursorTest {

    @TempDir
    Path data;

    @Test
    void remembersTheNewestSendTimeAcrossRestarts() throws Exception {
        Path file = data.resolve("hubs/bus-cursor");
        BusCursor first = new BusCursor(file);
        assertThat(first.stored()).isEmpty();

        first.advance(Instant.parse("2026-11-25T10:00:05Z"));
        first.advance(Instant.parse("2026-11-25T10:00:01Z")); // out of order: not newer
        first.flush();

        assertThat(new BusCursor(file).stored()).contains(Instant.parse("2026-11-25T10:00:05Z"));
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void nothingQueuedWritesNothing() throws Exception {
        Path file = data.resolve("bus-cursor");
        new BusCursor(file).flush();
        assertThat(file).doesNotExist();
    }

    @Test
    void aSendTimeInTheFutureNeverMovesIt() throws Exception {
        Path file = data.resolve("bus-cursor");
        BusCursor cursor = new BusCursor(file, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        cursor.advance(Instant.parse("2026-11-25T09:59:00Z"));
        cursor.advance(Instant.parse("2099-01-01T00:00:00Z"));
        cursor.flush();
        assertThat(new BusCursor(file).stored()).contains(Instant.parse("2026-11-25T09:59:00Z"));
    }

    @Test
    void whileARecoveryRunsTheCursorStaysAtTheStartOfTheGap() throws Exception {
        Path file = data.resolve("bus-cursor");
        BusCursor cursor = new BusCursor(file);
        Instant gap = Instant.parse("2026-11-25T08:00:00Z");
        cursor.recoveryStarted(gap);
        cursor.advance(Instant.parse("2026-11-25T10:00:00Z")); // a live message meanwhile
        cursor.flush();
        assertThat(new BusCursor(file).stored()).as("a crash now recovers the gap again").contains(gap);
        cursor.recoveryEnded();
        cursor.flush();
        assertThat(new BusCursor(file).stored()).contains(Instant.parse("2026-11-25T10:00:00Z"));
    }
}
