package io.jenkins.plugins.azuremigration.jenkins.dns;

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
 * {@code azureMigrationDnsCheck(wave: 'waves/wave-07.yaml')}: resolves the wave's private-link names on the agent
 * (the on-premises side) and returns one map per FQDN: the names of {@code dns.expect}, and with Azure credentials
 * those of {@code dns.privateEndpoints} read from Azure. Fails the step on any failed name, or marks the build
 * UNSTABLE with {@code unstableOnFailure: true}; reports are written, archived and summarised like every wave step's.
 */
public class DnsCheckStep extends WaveStepBase {
    private String dnsServer;

    @DataBoundConstructor
    public DnsCheckStep() {
    }

    public String getDnsServer() {
        return dnsServer;
    }

    /** The IP (and port) of the DNS server to ask instead of the wave's {@code dns.server}; blank means none. */
    @DataBoundSetter
    public void setDnsServer(String dnsServer) {
        this.dnsServer = StageRequest.blankToNull(dnsServer);
    }

    @Override
    public StageRequest request() {
        return new StageRequest(DescriptorImpl.NAME, EnumSet.of(Stage.DNS), false, false, dnsServer, List.of(), 0, -1,
                null, getCloud(), getTenantId(), getOut(), isUnstableOnFailure(), connection(null));
    }

    @Override
    public StepExecution start(StepContext context) throws AbortException {
        return execution(context, DescriptorImpl.NAME, ReturnShape.DNS);
    }

    @Extension
    @Symbol(DescriptorImpl.NAME)
    public static class DescriptorImpl extends WaveStepDescriptor {
        static final String NAME = "azureMigrationDnsCheck";

        public DescriptorImpl() {
            super(NAME, Messages::dnsCheckStepName);
        }
    }
}
