package io.jenkins.plugins.azuremigration.engine.roles;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.azure.ApiVersions;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.wave.AgentSpec;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out the assignments a wave needs from what ARM says, not from what the wave assumes: the vault's
 * system-assigned identity gets Contributor plus Storage Blob Data Contributor on a Standard account, or Contributor
 * plus Storage Blob Data Owner on a Premium one (the SKU tier is read from the account); each agent's Arc identity
 * gets Storage Blob Data Contributor on its target container only.
 */
public final class RolePlanner {
    private final ArmClient arm;

    /** The plan and what a person should know about it (e.g. an account that refuses trusted Azure services). */
    public record Plan(List<RoleAssignmentSpec> assignments, List<String> notes) {
        public Plan {
            assignments = List.copyOf(assignments);
            notes = List.copyOf(notes);
        }
    }

    public RolePlanner(ArmClient arm) {
        this.arm = arm;
    }

    public Plan plan(Wave wave, List<AgentResult> agents) {
        List<RoleAssignmentSpec> assignments = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (wave.roles().vault() != null) {
            JsonNode vault = arm.get(wave.roles().vault(), ApiVersions.RECOVERY_SERVICES);
            String principal = vault.path("identity").path("principalId").asText("");
            if (principal.isEmpty()) {
                notes.add("the vault " + wave.roles().vault() + " has no system-assigned identity: turn it on (Identity >"
                        + " System assigned) before replication can write to the cache accounts");
            } else {
                for (String account : wave.roles().storageAccounts()) {
                    planVaultAccess(account, principal, assignments, notes);
                }
            }
        }
        Map<String, AgentResult> byId = agents.stream().collect(Collectors.toMap(AgentResult::resourceId,
                Function.identity(), (a, b) -> a));
        for (AgentSpec spec : wave.agents().agents()) {
            AgentResult agent = byId.get(spec.resourceId());
            if (spec.targetContainer() == null) {
                continue;
            }
            if (agent == null || agent.principalId() == null) {
                notes.add("agent " + spec.name() + ": no Arc identity known (is the agent check failing?), so no"
                        + " container role can be planned for it");
                continue;
            }
            assignments.add(new RoleAssignmentSpec(spec.targetContainer(), agent.principalId(),
                    BuiltInRole.STORAGE_BLOB_DATA_CONTRIBUTOR, "agent " + spec.name() + " writes to its target container"));
        }
        return new Plan(assignments, notes);
    }

    private void planVaultAccess(String accountId, String principal, List<RoleAssignmentSpec> assignments,
            List<String> notes) {
        JsonNode account = arm.get(accountId, ApiVersions.STORAGE);
        String tier = account.path("sku").path("tier").asText("Standard");
        boolean premium = tier.equalsIgnoreCase("Premium");
        String name = accountId.substring(accountId.lastIndexOf('/') + 1);
        assignments.add(new RoleAssignmentSpec(accountId, principal, BuiltInRole.CONTRIBUTOR,
                "the vault manages cache/replication account " + name));
        assignments.add(new RoleAssignmentSpec(accountId, principal, premium ? BuiltInRole.STORAGE_BLOB_DATA_OWNER
                : BuiltInRole.STORAGE_BLOB_DATA_CONTRIBUTOR, "the vault writes replication data to " + tier + " account "
                + name));
        JsonNode acls = account.path("properties").path("networkAcls");
        boolean denyByDefault = acls.path("defaultAction").asText("Allow").equalsIgnoreCase("Deny");
        if (denyByDefault && !acls.path("bypass").asText("").contains("AzureServices")) {
            notes.add("storage account " + name + " denies public network access without the trusted Microsoft"
                    + " services exception: Azure Migrate needs 'Allow Azure services on the trusted services list'");
        }
    }
}
