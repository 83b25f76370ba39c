package org.fedoraproject.hubs.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
}
