package org.fedoraproject.hubs.bus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The send time of the newest message Hubs has safely queued, remembered across restarts in a
 * small file, so that the next start knows from when to recover what it missed. A send time in
 * the future (a publisher's wrong clock) never moves it: it would make the next recovery skip
 * everything up to then. While a recovery runs, the file keeps its start: live messages are newer
 * than the gap, and a crash in the middle of the recovery must recover the gap again.
 */
public final class BusCursor {

    private final Path file;
    private final Clock clock;
    private final AtomicReference<Instant> newest = new AtomicReference<>();
    private volatile Instant recovering;
    private volatile Instant flushed;

    public BusCursor(Path file) {
        this(file, Clock.systemUTC());
    }

    BusCursor(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** A recovery of the gap since {@code since} starts: the cursor stays there until it ends. */
    public void recoveryStarted(Instant since) {
        recovering = since;
    }

    public void recoveryEnded() {
        recovering = null;
    }

    /** The time remembered by the last run, if there was one. */
    public Optional<Instant> stored() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new IOException("unreadable bus cursor in " + file + ": '" + text + "'", e);
        }
    }

    /** A message sent at {@code sentAt} is safely queued. */
    public void advance(Instant sentAt) {
        if (sentAt.isAfter(clock.instant())) {
            return;
        }
        newest.accumulateAndGet(sentAt, (current, candidate) ->
                current == null || candidate.isAfter(current) ? candidate : current);
    }

    /** Writes the newest time, atomically, if it moved since the last write. */
    public void flush() throws IOException {
        Instant current = recovering != null ? recovering : newest.get();
        if (current == null || current.equals(flushed)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, current.toString(), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        flushed = current;
    }
}
