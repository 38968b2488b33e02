package io.jenkins.plugins.azuremigration.engine.wave;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A validated wave: immutable, and complete (a wave with any problem is never built). */
public record Wave(String name, AzureCloud cloud, StorageSettings storage, DnsSettings dns, List<Machine> machines,
        CopySettings copy, AzureSettings azure, AgentSettings agents, RoleSettings roles, Path file) {
    public Wave {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(dns, "dns");
        machines = List.copyOf(machines);
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(azure, "azure");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(roles, "roles");
    }

    /** A wave without control-plane sections (no agents to check, no roles to assign). */
    public Wave(String name, AzureCloud cloud, StorageSettings storage, DnsSettings dns, List<Machine> machines,
            CopySettings copy, Path file) {
        this(name, cloud, storage, dns, machines, copy, AzureSettings.defaults(), AgentSettings.none(),
                RoleSettings.none(), file);
    }

    /** The same wave with another window end (the command line's and the Jenkins step's {@code stopAt}). */
    public Wave withStopAt(java.time.LocalTime stopAt) {
        CopySettings settings = new CopySettings(copy.batchSize(), copy.mode(), copy.connections(), copy.capMbps(), stopAt);
        return new Wave(name, cloud, storage, dns, machines, settings, azure, agents, roles, file);
    }

    /** The folder that relative disk paths resolve against. */
    public Path folder() {
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    public int diskCount() {
        return machines.stream().mapToInt(m -> m.disks().size()).sum();
    }
}
