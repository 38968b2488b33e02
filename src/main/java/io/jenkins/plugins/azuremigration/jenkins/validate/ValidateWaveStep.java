package io.jenkins.plugins.azuremigration.jenkins.validate;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.TaskListener;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveSource;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code azureMigrationValidate(wave: 'waves/wave-07.yaml')} (or {@code definition:}, the wave inline): checks a wave
 * on the agent that holds it and
 * fails the step listing every problem as {@code FILE:LINE:COLUMN: field: message}; returns a summary map.
 * Cheap enough for a pull-request check of the waves repository.
 */
public class ValidateWaveStep extends Step {
    /** Names an inline wave's file in the workspace. */
    static final String INLINE_NAME = "validate";

    private String wave;
    private Map<String, Object> definition;

    @DataBoundConstructor
    public ValidateWaveStep() {
    }

    public String getWave() {
        return wave;
    }

    /** The wave file, relative to the workspace. */
    @DataBoundSetter
    public void setWave(String wave) {
        this.wave = StageRequest.blankToNull(wave);
    }

    public Map<String, Object> getDefinition() {
        return definition;
    }

    /** The wave inline, as a map with the wave file's keys, instead of {@code wave}. */
    @DataBoundSetter
    public void setDefinition(Map<String, Object> definition) {
        this.definition = definition == null || definition.isEmpty() ? null : new LinkedHashMap<>(definition);
    }

    /** What to send to the agent; a missing or doubled wave ends the step naming both parameters. */
    ValidateWaveCallable callable(Map<String, String> environment) throws AbortException {
        try {
            return new ValidateWaveCallable(WaveSource.of(wave, definition), environment);
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
