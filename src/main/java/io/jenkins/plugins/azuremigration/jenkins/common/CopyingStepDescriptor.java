package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.model.Item;
import hudson.util.FormValidation;
import java.util.function.Supplier;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The checks of the copy fields that {@code azureMigrationCopy} and {@code azureMigrationWave} share. */
public abstract class CopyingStepDescriptor extends WaveStepDescriptor {
    protected CopyingStepDescriptor(String functionName, Supplier<String> displayName) {
        super(functionName, displayName);
    }

    /** 0 keeps the wave's batch size, as an omitted parameter does. */
    @POST
    public FormValidation doCheckBatchSize(@AncestorInPath Item item, @QueryParameter String value) {
        return FormEndpoints.check(item, () -> "0".equals(value == null ? "" : value.trim()) ? null
                : FieldChecks.batchSize(value));
    }

    @POST
    public FormValidation doCheckStopAt(@AncestorInPath Item item, @QueryParameter String value) {
        return FormEndpoints.check(item, () -> FieldChecks.stopAt(value));
    }
}
