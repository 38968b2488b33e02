package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.DiskProgress;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.MachineFinished;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.MachineStarted;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.Retrying;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.Warning;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Progress a person can follow on a terminal or the Jenkins console: machine starts and ends at once, and at most
 * every {@code interval} one line per running machine with percent, MiB/s, ETA, and throttling seen. Lines name
 * machines, blob paths and HTTP statuses only.
 */
public final class ProgressPrinter implements CopyListener {
    private final Consumer<String> out;
    private final Duration interval;
    private final Map<String, MachineProgress> running = new TreeMap<>();
    private Instant lastSummary;

    private static final class MachineProgress {
        final Instant started;
        final Map<String, long[]> disks = new TreeMap<>(); // target -> {done, planned}
        int throttled;

        MachineProgress(Instant started) {
            this.started = started;
        }
    }

    /** Prints through {@code out}, one line per call (a terminal, or a Jenkins console logger). */
    public ProgressPrinter(Consumer<String> out, Duration interval) {
        this.out = out;
        this.interval = interval;
    }

    @Override
    public synchronized void on(CopyEvent event) {
        if (event instanceof MachineStarted started) {
            running.put(started.machine(), new MachineProgress(started.at()));
            out.accept(String.format(Locale.ROOT, "[copy] %s started (batch %d, %d machine(s) in flight)",
                    started.machine(), started.batch(), started.machinesInFlight()));
        } else if (event instanceof MachineFinished finished) {
            running.remove(finished.machine());
            out.accept("[copy] " + finished.machine() + " " + finished.status().name().toLowerCase(Locale.ROOT)
                    + (finished.error() == null ? "" : ": " + finished.error()));
        } else if (event instanceof DiskProgress progress) {
            MachineProgress machine = running.get(progress.machine());
            if (machine != null) {
                machine.disks.put(progress.target(), new long[] {progress.bytesDone(), progress.bytesPlanned()});
            }
        } else if (event instanceof Retrying retrying) {
            MachineProgress machine = running.get(retrying.machine());
            if (machine != null && retrying.throttled()) {
                machine.throttled++;
            }
        } else if (event instanceof Warning warning) {
            out.accept("[copy] warning: " + warning.machine() + ": " + warning.message());
        }
        if (lastSummary == null) {
            lastSummary = event.at();
        } else if (Duration.between(lastSummary, event.at()).compareTo(interval) >= 0 && !running.isEmpty()) {
            lastSummary = event.at();
            running.forEach((name, machine) -> out.accept("[copy]   " + line(name, machine, event.at())));
        }
    }

    private static String line(String name, MachineProgress machine, Instant now) {
        long done = machine.disks.values().stream().mapToLong(d -> d[0]).sum();
        long planned = machine.disks.values().stream().mapToLong(d -> d[1]).sum();
        double seconds = Math.max(0.001, Duration.between(machine.started, now).toMillis() / 1000.0);
        double rate = done / seconds;
        String percent = planned == 0 ? "scanning" : String.format(Locale.ROOT, "%3d%%", done * 100 / planned);
        String eta = rate <= 0 || planned == 0 ? "--:--:--" : clock((long) ((planned - done) / rate));
        return String.format(Locale.ROOT, "%-20s %s  %7.1f MiB/s  ETA %s  %s of data%s", name, percent,
                rate / (1024 * 1024), eta, bytes(planned), machine.throttled == 0 ? "" : "  throttled " + machine.throttled + "x");
    }

    /** Bytes in binary units, one decimal: 1.5 GiB. */
    public static String bytes(long count) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = count;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? count + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String clock(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** The closing lines of a copy: counts, bytes sent and skipped, time, why it stopped. */
    public static void printSummary(Consumer<String> out, CopyReport report) {
        long sent = report.machines().stream().mapToLong(MachineResult::bytesSent).sum();
        long skipped = report.machines().stream().mapToLong(MachineResult::bytesSkipped).sum();
        out.accept(String.format(Locale.ROOT, "[copy] wave %s: %d succeeded, %d failed, %d stopped, %d not attempted,"
                        + " %d skipped (gated); %s sent, %s of empty pages skipped; %s", report.wave(), report.count(CopyStatus.SUCCEEDED),
                report.count(CopyStatus.FAILED), report.count(CopyStatus.STOPPED), report.count(CopyStatus.NOT_ATTEMPTED),
                report.count(CopyStatus.SKIPPED), bytes(sent), bytes(skipped),
                clock(Duration.between(report.started(), report.finished()).toSeconds())));
        if (report.stopReason() != null) {
            out.accept("[copy] stopped early: " + report.stopReason() + "; run the same command again to resume");
        }
    }
}
