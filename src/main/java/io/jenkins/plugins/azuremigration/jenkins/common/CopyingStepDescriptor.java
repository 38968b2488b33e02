package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.model.Item;
import hudson.util.FormValidation;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The checks of the copy fields that {@code azureMigrationCopy} and {@code azureMigrationWave} share. */
public abstract class CopyingStepDescriptor extends WaveStepDescriptor {
    /** 0 (and empty) keeps the wave's batch size. */
    @POST
    public FormValidation doCheckBatchSize(@AncestorInPath Item item, @QueryParameter String value) {
        if (item == null) {
            return FormValidation.ok();
        }
        item.checkPermission(Item.CONFIGURE);
        return "0".equals(value == null ? "" : value.trim()) ? FormValidation.ok()
                : FormChecksResponse.of(FieldChecks.batchSize(value));
    }

    @POST
    public FormValidation doCheckStopAt(@AncestorInPath Item item, @QueryParameter String value) {
        if (item == null) {
            return FormValidation.ok();
        }
        item.checkPermission(Item.CONFIGURE);
        return FormChecksResponse.of(FieldChecks.stopAt(value));
    }
}
