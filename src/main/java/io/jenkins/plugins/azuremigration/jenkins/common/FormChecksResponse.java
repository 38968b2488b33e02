package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.util.FormValidation;

/** A {@link FieldChecks} answer as the form shows it. */
public final class FormChecksResponse {
    private FormChecksResponse() {
    }

    public static FormValidation of(String problem) {
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }
}
