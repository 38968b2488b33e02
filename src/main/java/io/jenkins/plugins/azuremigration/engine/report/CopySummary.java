package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.DiskResult;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import java.time.Duration;

/**
 * The copy stage in numbers, computed once so that every format shows the same totals: machines by status, disks,
 * bytes (total, sent over the wire in this run, skipped as empty pages, resumed from an earlier run), retries, how
 * many batches ran and the most machines that ran at the same time.
 */
record CopySummary(int machines, long succeeded, long failed, long skipped, long stopped, long notAttempted,
        int disks, long bytesTotal, long bytesSent, long bytesSkipped, long bytesResumed, long retries,
        long throttled, int batches, int maxConcurrentMachines, Duration duration) {

    static CopySummary of(CopyReport copy) {
        long total = 0;
        long sent = 0;
        long skipped = 0;
        long resumed = 0;
        long retries = 0;
        long throttled = 0;
        int disks = 0;
        int batches = 0;
        for (MachineResult machine : copy.machines()) {
            batches = Math.max(batches, machine.batch());
            for (DiskResult disk : machine.disks()) {
                disks++;
                total += disk.bytesTotal();
                sent += disk.bytesSent();
                skipped += disk.bytesSkipped();
                resumed += disk.bytesResumed();
                retries += disk.retries();
                throttled += disk.throttled();
            }
        }
        return new CopySummary(copy.machines().size(), copy.count(CopyStatus.SUCCEEDED), copy.count(CopyStatus.FAILED),
                copy.count(CopyStatus.SKIPPED), copy.count(CopyStatus.STOPPED), copy.count(CopyStatus.NOT_ATTEMPTED),
                disks, total, sent, skipped, resumed, retries, throttled, batches,
                CopyTimeline.of(copy).maxConcurrent(), ReportFormats.between(copy.started(), copy.finished()));
    }

    /** The wave's upload rate over the whole copy stage, in MiB/s. */
    double mibPerSecond() {
        return ReportFormats.mibPerSecond(bytesSent, duration);
    }

    /** One machine's upload rate: bytes it sent in this run over the time it ran, in MiB/s. */
    static double mibPerSecond(MachineResult machine) {
        return ReportFormats.mibPerSecond(machine.bytesSent(), machine.duration());
    }

    /** The failing disk of a failed machine (the first one), or null. */
    static DiskResult failingDisk(MachineResult machine) {
        return machine.disks().stream().filter(d -> d.status() == CopyStatus.FAILED).findFirst().orElse(null);
    }

    /** Index (from 1) of a disk within its machine, as the CSV and the HTML number them. */
    static int diskNumber(MachineResult machine, DiskResult disk) {
        return machine.disks().indexOf(disk) + 1;
    }
}
