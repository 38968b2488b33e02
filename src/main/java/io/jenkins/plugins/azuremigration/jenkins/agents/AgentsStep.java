package io.jenkins.plugins.azuremigration.jenkins.agents;

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

/**
 * {@code azureMigrationAgents(wave: 'waves/wave-07.yaml', credentialsId: 'azure-sp')}: checks (or, with the wave's
 * {@code agents.adopt}, registers) the wave's Storage Mover agents and returns one map per agent: name, status,
 * principalId (the managed identity that needs the target container), verdict, reason.
 */
public class AgentsStep extends WaveStepBase {
    @DataBoundConstructor
    public AgentsStep() {
    }

    @Override
    public StageRequest request() {
        return new StageRequest(DescriptorImpl.NAME, EnumSet.of(Stage.AGENTS), false, false, null, List.of(), 0, -1,
                null, getCloud(), getTenantId(), getOut(), isUnstableOnFailure(), connection(null));
    }

    @Override
    public StepExecution start(StepContext context) throws AbortException {
        return execution(context, DescriptorImpl.NAME, ReturnShape.AGENTS);
    }

    @Extension
    @Symbol(DescriptorImpl.NAME)
    public static class DescriptorImpl extends WaveStepDescriptor {
        static final String NAME = "azureMigrationAgents";

        public DescriptorImpl() {
            super(NAME, Messages::agentsStepName);
        }
    }
}
