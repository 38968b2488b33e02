package io.jenkins.plugins.azuremigration.jenkins.dns;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Map;
import java.util.Set;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code azureMigrationDnsCheck(wave: 'waves/wave-07.yaml')}: resolves the wave's private-link names on the agent
 * (the on-premises side), writes the four wave reports into the workspace and returns one map per FQDN. Fails the
 * step on any failed name, or marks the build UNSTABLE with {@code unstableOnFailure: true}.
 */
public class DnsCheckStep extends Step {
    static final String DEFAULT_OUT = "wave-reports";

    private final String wave;
    private String dnsServer;
    private boolean unstableOnFailure;
    private String out = DEFAULT_OUT;

    @DataBoundConstructor
    public DnsCheckStep(String wave) {
        this.wave = wave;
    }

    public String getWave() {
        return wave;
    }

    public String getDnsServer() {
        return dnsServer;
    }

    /** {@code host:port} to ask instead of the wave's {@code dns.server}; blank means none. */
    @DataBoundSetter
    public void setDnsServer(String dnsServer) {
        this.dnsServer = dnsServer == null || dnsServer.isBlank() ? null : dnsServer.trim();
    }

    public boolean isUnstableOnFailure() {
        return unstableOnFailure;
    }

    @DataBoundSetter
    public void setUnstableOnFailure(boolean unstableOnFailure) {
        this.unstableOnFailure = unstableOnFailure;
    }

    public String getOut() {
        return out;
    }

    /** The report folder, relative to the workspace; blank means {@value #DEFAULT_OUT}. */
    @DataBoundSetter
    public void setOut(String out) {
        this.out = out == null || out.isBlank() ? DEFAULT_OUT : out.trim();
    }

    /** The work to send to the agent for this step, with the build's environment for {@code ${env:NAME}}. */
    DnsCheckCallable callable(Map<String, String> environment) {
        return new DnsCheckCallable(wave, dnsServer, out, environment);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new DnsCheckExecution(this, context);
    }

    @Extension
    @Symbol("azureMigrationDnsCheck")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "azureMigrationDnsCheck";
        }

        @Override
        public String getDisplayName() {
            return Messages.dnsCheckStepName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, TaskListener.class, EnvVars.class, Run.class);
        }
    }
}
