package io.jenkins.plugins.azuremigration.engine.agents;

import java.io.Serializable;

/**
 * One agent as found: its status, version and last status update as Storage Mover reports them, the Arc machine's
 * managed identity (the principal that needs access to the target container), and a verdict with its reason.
 */
public record AgentResult(String name, String resourceId, String agentStatus, String agentVersion,
        String lastStatusUpdate, String arcStatus, String principalId, AgentVerdict verdict, String reason)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean healthy() {
        return verdict != AgentVerdict.FAILED;
    }
}
