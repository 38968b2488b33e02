package io.jenkins.plugins.azuremigration.engine.report;

import java.io.Serializable;
import java.util.Objects;

/**
 * Whether a stage ran and how it ended, with the reason when it did not pass or did not run: reports of a partial
 * wave say what ran, what did not, and why.
 */
public record StageOutcome(Stage stage, Status status, String reason) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How a stage ended. */
    public enum Status {
        PASSED, FAILED, STOPPED, SKIPPED, NOT_RUN
    }

    public StageOutcome {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
    }
}
