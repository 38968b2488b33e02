package io.jenkins.plugins.azuremigration.engine.copy;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What happened to one machine: its disks, when it ran, in which batch (0 = never admitted), and why it failed. */
public record MachineResult(String name, CopyStatus status, int batch, Instant started, Instant finished,
        List<DiskResult> disks, String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    public MachineResult {
        disks = List.copyOf(disks);
    }

    public Duration duration() {
        return started == null || finished == null ? Duration.ZERO : Duration.between(started, finished);
    }

    public long bytesSent() {
        return disks.stream().mapToLong(DiskResult::bytesSent).sum();
    }

    public long bytesSkipped() {
        return disks.stream().mapToLong(DiskResult::bytesSkipped).sum();
    }

    static MachineResult notRun(String name, CopyStatus status, String reason) {
        return new MachineResult(name, status, 0, null, null, List.of(), reason);
    }
}
