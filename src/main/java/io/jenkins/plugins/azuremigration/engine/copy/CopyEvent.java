package io.jenkins.plugins.azuremigration.engine.copy;

import java.time.Duration;
import java.time.Instant;

/**
 * What the copy tells its listener as it goes: enough to print progress and, in tests, to prove from the engine's
 * own account that no more than the batch size ever ran at once.
 */
public sealed interface CopyEvent {
    Instant at();

    record MachineStarted(Instant at, String machine, int batch, int machinesInFlight) implements CopyEvent {
    }

    record MachineFinished(Instant at, String machine, CopyStatus status, int machinesInFlight, String error)
            implements CopyEvent {
    }

    /** Bytes of one disk so far: done (sent + resumed) of planned (the non-zero data). */
    record DiskProgress(Instant at, String machine, String target, long bytesDone, long bytesPlanned,
            boolean finished) implements CopyEvent {
    }

    record Retrying(Instant at, String machine, String target, String fault, boolean throttled, Duration delay)
            implements CopyEvent {
    }

    record Warning(Instant at, String machine, String message) implements CopyEvent {
    }
}
