package io.jenkins.plugins.azuremigration.engine.roles;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * An assignment the wave needs: {@code role} for {@code principalId} at {@code scope}, and why. Its name is derived
 * from those three, so that every run (and every teammate's run) addresses the same assignment: creating it twice
 * writes once, and revoking removes exactly what this tool creates.
 */
public record RoleAssignmentSpec(String scope, String principalId, BuiltInRole role, String reason)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public String name() {
        String key = "azure-migration-wave|" + scope.toLowerCase(Locale.ROOT) + "|" + principalId.toLowerCase(Locale.ROOT)
                + "|" + role.guid();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String resourceId() {
        return scope + "/providers/Microsoft.Authorization/roleAssignments/" + name();
    }

    @Override
    public String toString() {
        return role.displayName() + " for " + principalId + " on " + scope;
    }
}
