package io.jenkins.plugins.azuremigration.cli;

/** What {@code bin/wave} returns, for scripts and schedulers that branch on it. */
final class ExitCode {
    /** Every check and machine passed. */
    static final int PASSED = 0;
    /** Some check or machine failed; the reports say which. */
    static final int FAILED = 1;
    /** Bad input or usage: nothing ran. */
    static final int BAD_INPUT = 2;
    /** The environment or authentication failed (a service unreachable, a tool missing, a token refused). */
    static final int ENVIRONMENT = 3;

    private ExitCode() {
    }
}
