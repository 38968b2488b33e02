package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.wave.Disk;
import io.jenkins.plugins.azuremigration.engine.wave.Machine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies one machine's disks one after the other. A failed disk fails the machine but the machine's other disks
 * are still attempted, so that the morning report lists every problem of the machine at once.
 */
final class MachineCopy {
    private final CopyContext context;
    private final Machine machine;
    private final Path waveFolder;
    private final int batch;

    MachineCopy(CopyContext context, Machine machine, Path waveFolder, int batch) {
        this.context = context;
        this.machine = machine;
        this.waveFolder = waveFolder;
        this.batch = batch;
    }

    MachineResult run() throws InterruptedException {
        Instant started = context.now();
        List<DiskResult> disks = new ArrayList<>();
        for (Disk disk : machine.disks()) {
            String stopReason = context.stop().reason();
            disks.add(stopReason != null ? notAttempted(disk, stopReason) : copy(disk));
        }
        return new MachineResult(machine.name(), status(disks), batch, started, context.now(), disks, error(disks));
    }

    private DiskResult copy(Disk disk) throws InterruptedException {
        Path file = disk.source().isLocal() ? disk.source().resolveAgainst(waveFolder) : null;
        DiskTask task = new DiskTask(machine.name(), disk, file);
        DiskCopy copy = switch (disk.type()) {
            case PAGE -> new PageBlobCopy(context, task);
            case BLOCK -> new BlockBlobCopy(context, task);
        };
        return copy.run();
    }

    private static CopyStatus status(List<DiskResult> disks) {
        if (disks.stream().anyMatch(d -> d.status() == CopyStatus.FAILED)) {
            return CopyStatus.FAILED;
        }
        if (disks.stream().allMatch(d -> d.status() == CopyStatus.SUCCEEDED)) {
            return CopyStatus.SUCCEEDED;
        }
        return CopyStatus.STOPPED;
    }

    private static String error(List<DiskResult> disks) {
        return disks.stream().filter(d -> d.error() != null && d.status() != CopyStatus.SUCCEEDED)
                .map(d -> d.source() + ": " + d.error()).findFirst().orElse(null);
    }

    private DiskResult notAttempted(Disk disk, String reason) {
        return new DiskResult(disk.source().toString(), disk.target().toString(), disk.type(),
                CopyStatus.NOT_ATTEMPTED, 0, 0, 0, 0, Duration.ZERO, 0, 0, null, null, reason);
    }
}
