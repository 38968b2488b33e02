package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.engine.copy.StopSignal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The instant a run's copy window closes, fixed by the first run of a step and kept in the report folder: a step
 * resumed after a controller restart keeps its night's window instead of computing the next {@code stopAt}, which
 * after 05:30 would be tomorrow's.
 */
final class WindowEnd {
    static final String FILE = ".window-end";

    private WindowEnd() {
    }

    /** Null without a window; the recorded end for this run's owner; else the next {@code stopAt}, recorded. */
    static Instant of(Path out, String owner, LocalTime stopAt) throws IOException {
        return of(out, owner, stopAt, Clock.systemDefaultZone());
    }

    static Instant of(Path out, String owner, LocalTime stopAt, Clock clock) throws IOException {
        if (stopAt == null) {
            return null;
        }
        Path file = out.resolve(FILE);
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() == 2 && lines.get(0).equals(owner)) {
                try {
                    return Instant.parse(lines.get(1));
                } catch (DateTimeParseException e) {
                    // a damaged record: compute the window anew below
                }
            }
        }
        Instant next = StopSignal.windowEndingAt(stopAt, clock).windowEnd();
        Files.write(file, List.of(owner, next.toString()), StandardCharsets.UTF_8);
        return next;
    }
}
