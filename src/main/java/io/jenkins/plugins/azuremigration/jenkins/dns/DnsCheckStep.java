package io.jenkins.plugins.azuremigration.jenkins.dns;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveSource;
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
 * step on any failed name, or marks the build UNSTABLE with {@code unstableOnFailure: true}. The reports are archived
 * and summarised on the build page like every wave step's.
 */
public class DnsCheckStep extends Step {
    private String wave;
    private Map<String, Object> definition;
    private String dnsServer;
    private boolean unstableOnFailure;
    private String out = StageRequest.DEFAULT_OUT;

    @DataBoundConstructor
    public DnsCheckStep() {
    }

    public String getWave() {
        return wave;
    }

    /** The wave file, relative to the workspace. */
    @DataBoundSetter
    public void setWave(String wave) {
        this.wave = StageRequest.blankToNull(wave);
    }

    public Map<String, Object> getDefinition() {
        return definition;
    }

    /** The wave inline, as a map with the wave file's keys, instead of {@code wave}. */
    @DataBoundSetter
    public void setDefinition(Map<String, Object> definition) {
        this.definition = definition == null || definition.isEmpty() ? null : new LinkedHashMap<>(definition);
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

    /** The report folder, relative to the workspace; blank means {@code wave-reports}. */
    @DataBoundSetter
    public void setOut(String out) {
        this.out = out == null || out.isBlank() ? StageRequest.DEFAULT_OUT : out.trim();
    }

    /** The work to send to the agent for this step, with the build's environment for {@code ${env:NAME}}. */
    DnsCheckCallable callable(Map<String, String> environment) throws AbortException {
        try {
            return new DnsCheckCallable(WaveSource.of(wave, definition), dnsServer, out, environment);
        } catch (IllegalArgumentException e) {
            throw new AbortException(DescriptorImpl.NAME + ": " + e.getMessage());
        }
    }

    /** The request the reports are published under: the DNS stage, this step's folder and failure handling. */
    StageRequest request() {
        return new StageRequest(DescriptorImpl.NAME, EnumSet.of(Stage.DNS), false, false, dnsServer, List.of(), 0, -1,
                null, null, null, out, unstableOnFailure, new StageRequest.Connection(null, null, null));
    }

    @Override
    public StepExecution start(StepContext context) {
        return new DnsCheckExecution(this, context);
    }

    @Extension
    @Symbol(DescriptorImpl.NAME)
    public static class DescriptorImpl extends StepDescriptor {
        static final String NAME = "azureMigrationDnsCheck";

        @Override
        public String getFunctionName() {
            return NAME;
        }

        @Override
        public String getDisplayName() {
            return Messages.dnsCheckStepName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, TaskListener.class, EnvVars.class, Run.class, Launcher.class);
        }
    }
}
