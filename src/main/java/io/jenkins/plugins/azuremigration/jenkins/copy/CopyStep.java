package io.jenkins.plugins.azuremigration.jenkins.copy;

import hudson.AbortException;
import hudson.Extension;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import io.jenkins.plugins.azuremigration.jenkins.common.CopyingStepBase;
import io.jenkins.plugins.azuremigration.jenkins.common.ReturnShape;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.CopyingStepDescriptor;
import java.util.EnumSet;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code azureMigrationCopy(wave: ..., machines: ['web01'], stopAt: '05:30')}: copies the disks of the wave (or of the
 * named machines) from the agent, at most ten machines at a time, and returns one map per machine. Long work: it
 * runs asynchronously, checkpoints on abort, and resumes from its checkpoint after a controller restart.
 */
public class CopyStep extends CopyingStepBase {
    @DataBoundConstructor
    public CopyStep() {
    }

    @Override
    public StageRequest request() {
        return new StageRequest(DescriptorImpl.NAME, EnumSet.of(Stage.COPY), false, false, null, getMachines(),
                getBatchSize(), getCapMbps(), stopAtTime(), getCloud(), getTenantId(), getOut(),
                isUnstableOnFailure(), connection(getStorageCredentialsId()));
    }

    @Override
    public StepExecution start(StepContext context) throws AbortException {
        return execution(context, DescriptorImpl.NAME, ReturnShape.MACHINES);
    }

    @Extension
    @Symbol(DescriptorImpl.NAME)
    public static class DescriptorImpl extends CopyingStepDescriptor {
        static final String NAME = "azureMigrationCopy";

        public DescriptorImpl() {
            super(NAME, Messages::copyStepName);
        }
    }
}
