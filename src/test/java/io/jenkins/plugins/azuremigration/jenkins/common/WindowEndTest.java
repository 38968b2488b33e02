package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.copy.StopSignal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step's window end is fixed by its first run: a resumed run keeps its night, a new run gets the next one. */
class WindowEndTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path out;

    private static Clock at(String localDateTime) {
        return Clock.fixed(java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant(), ZONE);
    }

    @Test
    void aResumedRunKeepsItsNightsWindowAndStopsAtOnceWhenItHasPassed() throws Exception {
        Instant first = WindowEnd.of(out, "run-a", LocalTime.of(5, 30), at("2026-11-27T22:05"));
        Instant resumed = WindowEnd.of(out, "run-a", LocalTime.of(5, 30), at("2026-11-28T06:10"));

        assertThat(first).isEqualTo(java.time.LocalDateTime.parse("2026-11-28T05:30").atZone(ZONE).toInstant());
        assertThat(resumed).isEqualTo(first);
        assertThat(StopSignal.until(resumed, at("2026-11-28T06:10")).reason()).contains("closed at 05:30");
    }

    @Test
    void anotherRunGetsTheNextWindowAndNoStopAtMeansNoWindow() throws Exception {
        WindowEnd.of(out, "run-a", LocalTime.of(5, 30), at("2026-11-27T22:05"));

        Instant next = WindowEnd.of(out, "run-b", LocalTime.of(5, 30), at("2026-12-04T22:00"));

        assertThat(next).isEqualTo(java.time.LocalDateTime.parse("2026-12-05T05:30").atZone(ZONE).toInstant());
        assertThat(WindowEnd.of(out, "run-c", null, at("2026-12-04T22:00"))).isNull();
        assertThat(StopSignal.until(null, at("2026-12-04T22:00")).isStopping()).isFalse();
    }
}
