package io.jenkins.plugins.azuremigration.engine.copy;

/** How a machine or disk ended. */
public enum CopyStatus {
    /** Copied and verified. */
    SUCCEEDED,
    /** Failed with a reason; other machines went on. */
    FAILED,
    /** Held back on purpose (OK_TO_MIGRATE is not Y); never attempted. */
    SKIPPED,
    /** Begun, then stopped cleanly (window end or a stop request); the next run resumes it. */
    STOPPED,
    /** Not reached before the wave stopped; the next run copies it. */
    NOT_ATTEMPTED
}
