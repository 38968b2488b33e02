package io.jenkins.plugins.azuremigration.jenkins.validate;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.TaskListener;
import java.util.Set;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code azureMigrationValidate(wave: 'waves/wave-07.yaml')}: checks a wave file on the agent that holds it and
 * fails the step listing every problem as {@code FILE:LINE:COLUMN: field: message}; returns a summary map.
 * Cheap enough for a pull-request check of the waves repository.
 */
public class ValidateWaveStep extends Step {
    private final String wave;

    @DataBoundConstructor
    public ValidateWaveStep(String wave) {
        this.wave = wave;
    }

    public String getWave() {
        return wave;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new ValidateWaveExecution(this, context);
    }

    @Extension
    @Symbol("azureMigrationValidate")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "azureMigrationValidate";
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
