package io.jenkins.plugins.azuremigration.engine.wave;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of validating a wave file without running it: what the wave holds, or every problem. Serializable
 * so that it can cross from the Jenkins agent, where the file lives, to the controller.
 */
public record ValidationReport(String file, String waveName, int machines, int skippedMachines, int disks,
        List<WaveProblem> problems) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    static ValidationReport of(Wave wave, String file) {
        int skipped = (int) wave.machines().stream().filter(Machine::isSkipped).count();
        return new ValidationReport(file, wave.name(), wave.machines().size(), skipped, wave.diskCount(), List.of());
    }

    static ValidationReport failed(String file, List<WaveProblem> problems) {
        return new ValidationReport(file, null, 0, 0, 0, problems);
    }
}
