package io.jenkins.plugins.azuremigration.jenkins.freestyle;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveRun;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveSource;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The freestyle build step "Run Azure migration wave": the same run as {@code azureMigrationWave}, configured by a
 * form. Numbers are kept as the form's text and read when the build runs, so a typo fails the build naming the field
 * instead of being silently turned into 0.
 */
public class WaveBuilder extends Builder implements SimpleBuildStep {
    private final String wave;
    private String credentialsId;
    private String clientId;
    private String tenantId;
    private String cloud;
    private String storageCredentialsId;
    private boolean runAgents = true;
    private boolean runDns = true;
    private boolean runRoles = true;
    private boolean runCopy = true;
    private String batchSize;
    private String capMbps;
    private String stopAt;
    private boolean dryRun;
    private boolean unstableOnFailure;
    private String out = StageRequest.DEFAULT_OUT;

    @DataBoundConstructor
    public WaveBuilder(String wave) {
        this.wave = wave == null ? null : wave.trim();
    }

    @Override
    public void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        StageRequest request;
        WaveSource source;
        try {
            source = WaveSource.of(env.expand(wave), null);
            request = request(env::expand);
        } catch (IllegalArgumentException e) {
            throw new AbortException(WaveBuilderDescriptor.NAME + ": " + e.getMessage());
        }
        WaveRun.execute(run, workspace, env, launcher, listener, source, request, UUID.randomUUID().toString(),
                message -> run.setResult(Result.UNSTABLE));
    }

    /** The request with the job's parameters expanded in the text fields ({@code ${WAVE_STOP_AT}}). */
    StageRequest request(UnaryOperator<String> expand) {
        return new StageRequest(WaveBuilderDescriptor.NAME, stages(), dryRun, false, null, List.of(),
                number("batchSize", expand.apply(batchSize), 0), number("capMbps", expand.apply(capMbps), -1),
                StageRequest.parseStopAt(expand.apply(stopAt)), cloud, expand.apply(tenantId), expand.apply(out),
                unstableOnFailure,
                new StageRequest.Connection(credentialsId, expand.apply(clientId), storageCredentialsId));
    }

    Set<Stage> stages() {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        if (runAgents) {
            stages.add(Stage.AGENTS);
        }
        if (runDns) {
            stages.add(Stage.DNS);
        }
        if (runRoles) {
            stages.add(Stage.ROLES);
        }
        if (runCopy) {
            stages.add(Stage.COPY);
        }
        return stages;
    }

    private static int number(String field, String text, int empty) {
        if (text == null || text.isBlank()) {
            return empty;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a whole number", e);
        }
    }

    public String getWave() {
        return wave;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = blankToNull(credentialsId);
    }

    public String getClientId() {
        return clientId;
    }

    @DataBoundSetter
    public void setClientId(String clientId) {
        this.clientId = blankToNull(clientId);
    }

    public String getTenantId() {
        return tenantId;
    }

    @DataBoundSetter
    public void setTenantId(String tenantId) {
        this.tenantId = blankToNull(tenantId);
    }

    public String getCloud() {
        return cloud;
    }

    @DataBoundSetter
    public void setCloud(String cloud) {
        this.cloud = blankToNull(cloud);
    }

    public String getStorageCredentialsId() {
        return storageCredentialsId;
    }

    @DataBoundSetter
    public void setStorageCredentialsId(String storageCredentialsId) {
        this.storageCredentialsId = blankToNull(storageCredentialsId);
    }

    public boolean isRunAgents() {
        return runAgents;
    }

    @DataBoundSetter
    public void setRunAgents(boolean runAgents) {
        this.runAgents = runAgents;
    }

    public boolean isRunDns() {
        return runDns;
    }

    @DataBoundSetter
    public void setRunDns(boolean runDns) {
        this.runDns = runDns;
    }

    public boolean isRunRoles() {
        return runRoles;
    }

    @DataBoundSetter
    public void setRunRoles(boolean runRoles) {
        this.runRoles = runRoles;
    }

    public boolean isRunCopy() {
        return runCopy;
    }

    @DataBoundSetter
    public void setRunCopy(boolean runCopy) {
        this.runCopy = runCopy;
    }

    public String getBatchSize() {
        return batchSize;
    }

    @DataBoundSetter
    public void setBatchSize(String batchSize) {
        this.batchSize = blankToNull(batchSize);
    }

    public String getCapMbps() {
        return capMbps;
    }

    @DataBoundSetter
    public void setCapMbps(String capMbps) {
        this.capMbps = blankToNull(capMbps);
    }

    public String getStopAt() {
        return stopAt;
    }

    @DataBoundSetter
    public void setStopAt(String stopAt) {
        this.stopAt = blankToNull(stopAt);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
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

    @DataBoundSetter
    public void setOut(String out) {
        this.out = out == null || out.isBlank() ? StageRequest.DEFAULT_OUT : out.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
