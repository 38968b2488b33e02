package io.jenkins.plugins.azuremigration.engine.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How numbers, times and sizes are spelled in every report, in one place so that the formats agree: machine-readable
 * values are ISO-8601 (UTC) and plain decimals with a dot whatever the JVM's locale; human-readable ones use binary
 * units (MiB, GiB), as disk sizes are.
 */
final class ReportFormats {
    private static final double MIB = 1024.0 * 1024.0;
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    /** JUnit's timestamp: ISO-8601 without a zone (the Ant schema allows none); reports say it is UTC. */
    private static final DateTimeFormatter JUNIT_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ReportFormats() {
    }

    /** ISO-8601 in UTC, to the millisecond (e.g. {@code 2026-11-27T22:00:00.125Z}); null stays null. */
    static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String junitTimestamp(Instant instant) {
        return JUNIT_TIMESTAMP.format(instant == null ? Instant.EPOCH : instant);
    }

    /** Date and time in UTC for people, e.g. {@code 2026-11-27 22:01:51}. */
    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** Time of day in UTC, for chart labels. */
    static String clock(Instant instant) {
        return CLOCK.format(instant);
    }

    /** Seconds with millisecond precision, e.g. {@code 12.345}. */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", secondsOf(duration));
    }

    static double secondsOf(Duration duration) {
        return duration == null ? 0 : duration.toMillis() / 1000.0;
    }

    static Duration between(Instant start, Instant end) {
        return start == null || end == null || end.isBefore(start) ? Duration.ZERO : Duration.between(start, end);
    }

    /** Bytes per second as MiB/s; zero when nothing was timed. */
    static double mibPerSecond(long bytes, Duration duration) {
        double seconds = secondsOf(duration);
        return seconds <= 0 ? 0 : bytes / MIB / seconds;
    }

    static String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    /** e.g. {@code 0 B}, {@code 512 B}, {@code 1.5 GiB}. */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.1f %s", value, UNITS[unit]);
    }

    /** e.g. {@code 42 s}, {@code 3 min 05 s}, {@code 2 h 07 min}. */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return duration.toMillis() < 10_000 && duration.toMillis() % 1000 != 0
                    ? decimal(duration.toMillis() / 1000.0, 1) + " s" : seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
