package io.jenkins.plugins.azuremigration.jenkins.common;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What the wave steps' descriptors share: the context they need (a workspace on an agent), and the Snippet
 * Generator's drop-downs and checks. Every {@code doFill}/{@code doCheck} answers only POST and checks the item's
 * permission before it lists or checks anything.
 */
public abstract class WaveStepDescriptor extends StepDescriptor {
    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, FilePath.class, Launcher.class, EnvVars.class, TaskListener.class);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
        if (item == null || !item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return CredentialsListing.currentOnly(credentialsId);
        }
        return CredentialsListing.azure(item, credentialsId);
    }

    @POST
    public ListBoxModel doFillStorageCredentialsIdItems(@AncestorInPath Item item,
            @QueryParameter String storageCredentialsId) {
        if (item == null || !item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return CredentialsListing.currentOnly(storageCredentialsId);
        }
        return CredentialsListing.storage(item, storageCredentialsId);
    }

    @POST
    public ListBoxModel doFillCloudItems(@AncestorInPath Item item) {
        if (item != null) {
            item.checkPermission(Item.CONFIGURE);
        }
        return CredentialsListing.clouds();
    }

    @POST
    public FormValidation doCheckWave(@AncestorInPath Item item, @QueryParameter String value) {
        if (item == null) {
            return FormValidation.ok();
        }
        item.checkPermission(Item.CONFIGURE);
        return FormChecksResponse.of(FieldChecks.waveFile(value));
    }
}
