package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.AbortException;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The parameters every wave step shares beyond the wave itself: the Azure identity and where it signs in, the report
 * folder, and whether a failure fails the step or marks the build UNSTABLE.
 */
public abstract class WaveStepBase extends WaveInputStep {
    private String credentialsId;
    private String clientId;
    private String tenantId;
    private String cloud;
    private String out = StageRequest.DEFAULT_OUT;
    private boolean unstableOnFailure;

    public String getCredentialsId() {
        return credentialsId;
    }

    /** A Username with password (client ID and secret) or Certificate credential; blank: the agent's managed identity. */
    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = StageRequest.blankToNull(credentialsId);
    }

    public String getClientId() {
        return clientId;
    }

    /** A certificate credential's application (client) ID, or a user-assigned managed identity's client ID. */
    @DataBoundSetter
    public void setClientId(String clientId) {
        this.clientId = StageRequest.blankToNull(clientId);
    }

    public String getTenantId() {
        return tenantId;
    }

    @DataBoundSetter
    public void setTenantId(String tenantId) {
        this.tenantId = StageRequest.blankToNull(tenantId);
    }

    public String getCloud() {
        return cloud;
    }

    /** AzurePublicCloud, AzureUSGovernment or AzureChinaCloud; blank: the wave's. */
    @DataBoundSetter
    public void setCloud(String cloud) {
        this.cloud = StageRequest.blankToNull(cloud);
    }

    public String getOut() {
        return out;
    }

    @DataBoundSetter
    public void setOut(String out) {
        this.out = out == null || out.isBlank() ? StageRequest.DEFAULT_OUT : out.trim();
    }

    public boolean isUnstableOnFailure() {
        return unstableOnFailure;
    }

    @DataBoundSetter
    public void setUnstableOnFailure(boolean unstableOnFailure) {
        this.unstableOnFailure = unstableOnFailure;
    }

    /** This step's request to the engine. */
    public abstract StageRequest request();

    /**
     * The step's execution; a parameter the engine refuses (an unknown stage, a batch of 11, both {@code wave} and
     * {@code definition}) ends the step with the message naming it, not with a stack trace.
     */
    protected StepExecution execution(StepContext context, String functionName, ReturnShape shape)
            throws AbortException {
        try {
            return new WaveStepExecution(context, source(), request(), shape);
        } catch (IllegalArgumentException e) {
            throw new AbortException(functionName + ": " + e.getMessage());
        }
    }

    protected StageRequest.Connection connection(String storageCredentialsId) {
        return new StageRequest.Connection(credentialsId, clientId, storageCredentialsId);
    }
}
