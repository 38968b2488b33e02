package io.jenkins.plugins.azuremigration.jenkins.validate;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.TaskListener;
import java.util.Map;
import java.util.Set;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveInputStep;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code azureMigrationValidate(wave: 'waves/wave-07.yaml')} (or {@code definition:}, the wave inline): checks a wave
 * on the agent that holds it and
 * fails the step listing every problem as {@code FILE:LINE:COLUMN: field: message}; returns a summary map.
 * Cheap enough for a pull-request check of the waves repository.
 */
public class ValidateWaveStep extends WaveInputStep {
    /** Names an inline wave's file in the workspace. */
    static final String INLINE_NAME = "validate";

    @DataBoundConstructor
    public ValidateWaveStep() {
    }

    /** What to send to the agent; a missing or doubled wave ends the step naming both parameters. */
    ValidateWaveCallable callable(Map<String, String> environment) throws AbortException {
        try {
            return new ValidateWaveCallable(source(), environment);
        } catch (IllegalArgumentException e) {
            throw new AbortException(DescriptorImpl.NAME + ": " + e.getMessage());
        }
    }

    @Override
    public StepExecution start(StepContext context) {
        return new ValidateWaveExecution(this, context);
    }

    @Extension
    @Symbol(DescriptorImpl.NAME)
    public static class DescriptorImpl extends StepDescriptor {
        static final String NAME = "azureMigrationValidate";

        @Override
        public String getFunctionName() {
            return NAME;
        }

        @Override
        public String getDisplayName() {
            return Messages.validateStepName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, TaskListener.class, EnvVars.class);
        }
    }
}
