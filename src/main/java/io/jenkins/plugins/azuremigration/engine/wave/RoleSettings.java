package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.List;

/**
 * The roles section: the Recovery Services vault whose system-assigned identity needs access to the cache and
 * replication storage accounts. Agents' container roles come from the agents section.
 */
public record RoleSettings(String vault, List<String> storageAccounts) {
    public RoleSettings {
        storageAccounts = List.copyOf(storageAccounts);
    }

    public static RoleSettings none() {
        return new RoleSettings(null, List.of());
    }
}
