package io.jenkins.plugins.azuremigration.engine.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Axis arithmetic for the SVG charts: round maximums, evenly spaced ticks, and compact coordinates. */
final class ChartScale {
    private static final long[] TIME_STEPS_SECONDS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
        10800, 21600, 43200, 86400};

    private ChartScale() {
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k at or above {@code value} (1 for nothing), for round ticks. */
    static double niceMax(double value) {
        if (value <= 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Five intervals from 0 to {@code max}. */
    static List<Double> ticks(double max) {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            ticks.add(max * i / 5);
        }
        return ticks;
    }

    /** Instants at a round interval, at most {@code maxTicks} of them, between {@code start} and {@code end}. */
    static List<Instant> timeTicks(Instant start, Instant end, int maxTicks) {
        long span = Math.max(1, Duration.between(start, end).toSeconds());
        long step = TIME_STEPS_SECONDS[TIME_STEPS_SECONDS.length - 1];
        for (long candidate : TIME_STEPS_SECONDS) {
            if (span / candidate <= maxTicks) {
                step = candidate;
                break;
            }
        }
        List<Instant> ticks = new ArrayList<>();
        long first = Math.floorDiv(start.getEpochSecond() + step - 1, step) * step;
        for (long at = first; at <= end.getEpochSecond(); at += step) {
            ticks.add(Instant.ofEpochSecond(at));
        }
        return ticks;
    }

    /** A coordinate with at most one decimal, which is all a screen needs and keeps large charts small. */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** Shortens a label to {@code max} characters with an ellipsis; the full text goes into the element's title. */
    static String shorten(String label, int max) {
        if (label == null) {
            return "";
        }
        return label.length() <= max ? label : label.substring(0, Math.max(1, max - 1)) + "\u2026";
    }

    /** A tick label: no decimals for round values. */
    static String tickLabel(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
