package io.jenkins.plugins.azuremigration.jenkins.wave;

import hudson.AbortException;
import hudson.Extension;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import io.jenkins.plugins.azuremigration.jenkins.common.CopyingStepBase;
import io.jenkins.plugins.azuremigration.jenkins.common.ReturnShape;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.CopyingStepDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code azureMigrationWave(wave: 'waves/wave-07.yaml', credentialsId: 'azure-sp')}: the whole wave in order (agents,
 * private-link DNS from the agent, roles, copy), or the {@code stages} named; returns a map with passed, stages and
 * the agents, roles and machines. The copy waits for DNS: it does not start while names resolve publicly.
 */
public class WaveStep extends CopyingStepBase {
    private List<String> stages = List.of();
    private boolean dryRun;
    private boolean revoke;
    private String dnsServer;

    @DataBoundConstructor
    public WaveStep() {
    }

    public List<String> getStages() {
        return stages;
    }

    /** Some of agents, dns, roles, copy; empty: all four. */
    @DataBoundSetter
    public void setStages(List<String> stages) {
        this.stages = stages == null ? List.of() : new ArrayList<>(stages);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** Roles are only planned, nothing is granted or revoked. */
    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isRevoke() {
        return revoke;
    }

    @DataBoundSetter
    public void setRevoke(boolean revoke) {
        this.revoke = revoke;
    }

    public String getDnsServer() {
        return dnsServer;
    }

    /** The IP (and port) of the DNS server to ask instead of the wave's dns.server or the agent's resolver. */
    @DataBoundSetter
    public void setDnsServer(String dnsServer) {
        this.dnsServer = StageRequest.blankToNull(dnsServer);
    }

    @Override
    public StageRequest request() {
        return new StageRequest(DescriptorImpl.NAME, StageRequest.parseStages(stages), dryRun, revoke, dnsServer,
                getMachines(), getBatchSize(), getCapMbps(), stopAtTime(), getCloud(), getTenantId(), getOut(),
                isUnstableOnFailure(), connection(getStorageCredentialsId()));
    }

    @Override
    public StepExecution start(StepContext context) throws AbortException {
        return execution(context, DescriptorImpl.NAME, ReturnShape.WAVE);
    }

    @Extension
    @Symbol(DescriptorImpl.NAME)
    public static class DescriptorImpl extends CopyingStepDescriptor {
        static final String NAME = "azureMigrationWave";

        public DescriptorImpl() {
            super(NAME, Messages::waveStepName);
        }
    }
}
