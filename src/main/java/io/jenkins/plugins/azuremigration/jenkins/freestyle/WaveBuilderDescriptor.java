package io.jenkins.plugins.azuremigration.jenkins.freestyle;

import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import io.jenkins.plugins.azuremigration.jenkins.common.FieldChecks;
import io.jenkins.plugins.azuremigration.jenkins.common.FormEndpoints;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The form of "Run Azure migration wave". Every {@code doFill}/{@code doCheck} answers only POST and checks the
 * job's permission first ({@link FormEndpoints}); none reads a file or calls Azure (the wave is checked on the agent
 * when the build runs).
 */
@Extension
@Symbol(WaveBuilderDescriptor.NAME)
public class WaveBuilderDescriptor extends BuildStepDescriptor<Builder> {
    static final String NAME = "runAzureMigrationWave";

    public WaveBuilderDescriptor() {
        super(WaveBuilder.class);
    }

    @Override
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
        return true;
    }

    @Override
    public String getDisplayName() {
        return Messages.waveBuilderName();
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

    /** Empty keeps the wave's batch size. */
    @POST
    public FormValidation doCheckBatchSize(@AncestorInPath Item item, @QueryParameter String value) {
        return FormEndpoints.check(item, () -> FieldChecks.batchSize(value));
    }

    @POST
    public FormValidation doCheckCapMbps(@AncestorInPath Item item, @QueryParameter String value) {
        return FormEndpoints.check(item, () -> FieldChecks.capMbps(value));
    }

    @POST
    public FormValidation doCheckStopAt(@AncestorInPath Item item, @QueryParameter String value) {
        return FormEndpoints.check(item, () -> FieldChecks.stopAt(value));
    }
}
