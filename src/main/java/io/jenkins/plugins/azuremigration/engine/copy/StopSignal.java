package io.jenkins.plugins.azuremigration.engine.copy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Tells the copy to stop cleanly: at the end of the night's window ({@code copy.stopAt}) or when someone asks
 * (a Jenkins abort, Ctrl-C). In-flight chunks finish and are journalled; nothing new starts.
 */
public final class StopSignal {
    private final Clock clock;
    private final ZonedDateTime windowEnd;
    private volatile String requested;

    private StopSignal(Clock clock, ZonedDateTime windowEnd) {
        this.clock = clock;
        this.windowEnd = windowEnd;
    }

    /** A signal that fires at the next {@code stopAt} (local time) after now, or only on request when null. */
    public static StopSignal windowEndingAt(LocalTime stopAt, Clock clock) {
        if (stopAt == null) {
            return new StopSignal(clock, null);
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime end = ZonedDateTime.of(LocalDateTime.of(now.toLocalDate(), stopAt), clock.getZone());
        return new StopSignal(clock, end.isAfter(now) ? end : end.plusDays(1));
    }

    /**
     * A signal for a window that ends at a fixed instant: a resumed run keeps the window its first run computed
     * (a run resumed after 05:30 with {@code stopAt: 05:30} stops at once instead of running until tomorrow).
     */
    public static StopSignal until(java.time.Instant end, Clock clock) {
        return new StopSignal(clock, end == null ? null : end.atZone(clock.getZone()));
    }

    /** When the window closes, or null when the copy has no window. */
    public java.time.Instant windowEnd() {
        return windowEnd == null ? null : windowEnd.toInstant();
    }

    public void request(String reason) {
        requested = reason;
    }

    /** Why the copy must stop, or null while it may go on. */
    public String reason() {
        String reason = requested;
        if (reason != null) {
            return reason;
        }
        if (windowEnd != null && !ZonedDateTime.now(clock).isBefore(windowEnd)) {
            return "the copy window closed at " + windowEnd.toLocalTime() + " (copy.stopAt)";
        }
        return null;
    }

    /** True when someone asked the run to stop (not merely the window closing). */
    public boolean isRequested() {
        return requested != null;
    }

    public boolean isStopping() {
        return reason() != null;
    }
}
