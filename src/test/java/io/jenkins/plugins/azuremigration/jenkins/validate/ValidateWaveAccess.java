package io.jenkins.plugins.azuremigration.jenkins.validate;

import hudson.AbortException;
import io.jenkins.plugins.azuremigration.engine.wave.ValidationReport;
import java.util.Map;
import jenkins.MasterToSlaveFileCallable;

/** The validate step's agent work, for tests outside its package (the run-time gates send it over a channel). */
public final class ValidateWaveAccess {
    private ValidateWaveAccess() {
    }

    public static MasterToSlaveFileCallable<ValidationReport> callable(ValidateWaveStep step,
            Map<String, String> environment) throws AbortException {
        return step.callable(environment);
    }
}
