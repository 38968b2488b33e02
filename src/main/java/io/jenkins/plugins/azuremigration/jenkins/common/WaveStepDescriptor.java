package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.Set;
import java.util.function.Supplier;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What the wave steps' descriptors share: their name, the context they need (a workspace on an agent), and the
 * Snippet Generator's drop-downs and checks. Every {@code doFill}/{@code doCheck} answers only POST and checks the
 * item's permission before it lists or checks anything ({@link FormEndpoints}).
 */
public abstract class WaveStepDescriptor extends StepDescriptor {
    private final String functionName;
    private final transient Supplier<String> displayName;

    protected WaveStepDescriptor(String functionName, Supplier<String> displayName) {
        this.functionName = functionName;
        this.displayName = displayName;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getDisplayName() {
        return displayName.get();
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, FilePath.class, Launcher.class, EnvVars.class, TaskListener.class);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
        return FormEndpoints.azureCredentials(item, credentialsId);
    }

    @POST
    public ListBoxModel doFillStorageCredentialsIdItems(@AncestorInPath Item item,
            @QueryParameter String storageCredentialsId) {
        return FormEndpoints.storageCredentials(item, storageCredentialsId);
    }

    @POST
    public ListBoxModel doFillCloudItems(@AncestorInPath Item item) {
        return FormEndpoints.clouds(item);
    }

    @POST
    public FormValidation doCheckWave(@AncestorInPath Item item, @QueryParameter String value) {
        return FormEndpoints.check(item, () -> FieldChecks.waveFile(value));
    }
}
