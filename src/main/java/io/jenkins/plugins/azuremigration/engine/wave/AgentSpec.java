package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.Objects;

/**
 * One Storage Mover agent of the wave: its name under the storage mover, the Azure Arc machine it runs as, and the
 * container it writes to (its identity gets Storage Blob Data Contributor there, and only there). ARM resource ids.
 */
public record AgentSpec(String name, String storageMover, String arcMachine, String targetContainer,
        SourcePosition position) {
    public AgentSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(storageMover, "storageMover");
        Objects.requireNonNull(arcMachine, "arcMachine");
    }

    /** The agent's own resource id. */
    public String resourceId() {
        return storageMover + "/agents/" + name;
    }
}
