package io.jenkins.plugins.azuremigration.engine.dns;

/** How a verdict counts: a warning is reported but does not fail the check. */
public enum Severity {
    PASS,
    WARNING,
    FAIL
}
