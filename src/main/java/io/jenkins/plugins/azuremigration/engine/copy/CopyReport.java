package io.jenkins.plugins.azuremigration.engine.copy;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The copy stage's result: every machine of the wave in wave order, and, when the wave stopped before the end,
 * why ({@code stopReason}: the window closed, or someone stopped it). Warnings are things a person should read.
 */
public record CopyReport(String wave, Instant started, Instant finished, List<MachineResult> machines,
        String stopReason, List<String> warnings) implements Serializable {
    private static final long serialVersionUID = 1L;

    public CopyReport {
        machines = List.copyOf(machines);
        warnings = List.copyOf(warnings);
    }

    public long count(CopyStatus status) {
        return machines.stream().filter(m -> m.status() == status).count();
    }

    public boolean allSucceeded() {
        return machines.stream().allMatch(m -> m.status() == CopyStatus.SUCCEEDED || m.status() == CopyStatus.SKIPPED);
    }
}
