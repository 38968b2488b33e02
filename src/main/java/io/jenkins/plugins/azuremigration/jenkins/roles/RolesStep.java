package io.jenkins.plugins.azuremigration.jenkins.roles;

import hudson.AbortException;
import hudson.Extension;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import io.jenkins.plugins.azuremigration.jenkins.common.ReturnShape;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveStepBase;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveStepDescriptor;
import java.util.EnumSet;
import java.util.List;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code azureMigrationRoles(wave: ..., credentialsId: ...)}: grants the wave's role assignments (the vault's identity
 * on the cache and replication accounts, each agent's identity on its target container), or removes exactly those
 * with {@code revoke: true}; {@code dryRun: true} only lists what it would do. Returns one map per assignment.
 */
public class RolesStep extends WaveStepBase {
    private boolean revoke;
    private boolean dryRun;

    @DataBoundConstructor
    public RolesStep() {
    }

    public boolean isRevoke() {
        return revoke;
    }

    @DataBoundSetter
    public void setRevoke(boolean revoke) {
        this.revoke = revoke;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    @Override
    public StageRequest request() {
        return new StageRequest(DescriptorImpl.NAME, EnumSet.of(Stage.ROLES), dryRun, revoke, null, List.of(), 0, -1,
                null, getCloud(), getTenantId(), getOut(), isUnstableOnFailure(), connection(null));
    }

    @Override
    public StepExecution start(StepContext context) throws AbortException {
        return execution(context, DescriptorImpl.NAME, ReturnShape.ROLES);
    }

    @Extension
    @Symbol(DescriptorImpl.NAME)
    public static class DescriptorImpl extends WaveStepDescriptor {
        static final String NAME = "azureMigrationRoles";

        public DescriptorImpl() {
            super(NAME, Messages::rolesStepName);
        }
    }
}
