package io.jenkins.plugins.azuremigration.engine.roles;

/** What happened to one assignment. */
public enum RoleOutcome {
    CREATED, ALREADY_PRESENT, WOULD_CREATE, REVOKED, ALREADY_ABSENT, WOULD_REVOKE, FAILED
}
