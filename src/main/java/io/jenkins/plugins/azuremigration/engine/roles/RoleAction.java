package io.jenkins.plugins.azuremigration.engine.roles;

import java.io.Serializable;

/** One assignment and what the run did about it, with a detail a person can act on. */
public record RoleAction(RoleAssignmentSpec spec, RoleOutcome outcome, String detail) implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean failed() {
        return outcome == RoleOutcome.FAILED;
    }
}
