package io.jenkins.plugins.azuremigration.engine.roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.azuremigration.engine.azure.ApiVersions;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmException;
import io.jenkins.plugins.azuremigration.engine.azure.SignInException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grants and revokes a plan's assignments idempotently. Grant: list the principal's assignments at the scope first
 * (present: no write); otherwise PUT under the deterministic name with {@code principalType: ServicePrincipal};
 * 409 RoleAssignmentExists counts as present once the existing assignment is confirmed; 400 PrincipalNotFound (a
 * new identity not yet replicated) is retried with backoff. Revoke deletes exactly the deterministic names: an
 * equivalent assignment someone else made is left alone, and said so.
 */
public final class RoleAssigner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArmClient arm;
    private final int principalNotFoundRetries;
    private final Duration principalNotFoundDelay;

    public RoleAssigner(ArmClient arm, int principalNotFoundRetries, Duration principalNotFoundDelay) {
        this.arm = arm;
        this.principalNotFoundRetries = principalNotFoundRetries;
        this.principalNotFoundDelay = principalNotFoundDelay;
    }

    public List<RoleAction> grant(List<RoleAssignmentSpec> plan, boolean dryRun) throws InterruptedException {
        List<RoleAction> actions = new ArrayList<>();
        for (RoleAssignmentSpec spec : plan) {
            try {
                actions.add(grantOne(spec, dryRun));
            } catch (SignInException e) {
                throw e; // not this assignment's fault: none can be made, and the stage says why
            } catch (ArmException e) {
                actions.add(new RoleAction(spec, RoleOutcome.FAILED, e.getMessage() + hint(e)));
            }
        }
        return actions;
    }

    public List<RoleAction> revoke(List<RoleAssignmentSpec> plan, boolean dryRun) {
        List<RoleAction> actions = new ArrayList<>();
        for (RoleAssignmentSpec spec : plan) {
            try {
                actions.add(revokeOne(spec, dryRun));
            } catch (SignInException e) {
                throw e; // not this assignment's fault: none can be made, and the stage says why
            } catch (ArmException e) {
                actions.add(new RoleAction(spec, RoleOutcome.FAILED, e.getMessage() + hint(e)));
            }
        }
        return actions;
    }

    private RoleAction grantOne(RoleAssignmentSpec spec, boolean dryRun) throws InterruptedException {
        Optional<JsonNode> existing = existing(spec);
        if (existing.isPresent()) {
            return new RoleAction(spec, RoleOutcome.ALREADY_PRESENT, "present as " + existing.get().path("name").asText());
        }
        if (dryRun) {
            return new RoleAction(spec, RoleOutcome.WOULD_CREATE, "would create " + spec.name());
        }
        for (int attempt = 0; ; attempt++) {
            ArmClient.Reply reply = arm.tryPut(spec.resourceId(), ApiVersions.AUTHORIZATION, body(spec));
            if (reply.status() == 200 || reply.status() == 201) {
                return new RoleAction(spec, reply.status() == 201 ? RoleOutcome.CREATED : RoleOutcome.ALREADY_PRESENT,
                        (reply.status() == 201 ? "created " : "present as ") + spec.name());
            }
            String code = reply.errorCode();
            if (reply.status() == 409 && code.equals("RoleAssignmentExists")) {
                return existing(spec).map(found -> new RoleAction(spec, RoleOutcome.ALREADY_PRESENT, "present under"
                        + " another name, " + found.path("name").asText() + " (made outside this tool; revoke leaves it)"))
                        .orElseThrow(() -> error(spec, reply, "ARM says it exists, but it is not listed at the scope"));
            }
            if (reply.status() == 400 && code.equals("PrincipalNotFound") && attempt < principalNotFoundRetries) {
                Thread.sleep(principalNotFoundDelay.multipliedBy(1L << Math.min(attempt, 5)).toMillis());
                continue;
            }
            throw error(spec, reply, null);
        }
    }

    private RoleAction revokeOne(RoleAssignmentSpec spec, boolean dryRun) {
        Optional<JsonNode> ours = arm.find(spec.resourceId(), ApiVersions.AUTHORIZATION);
        Optional<JsonNode> equivalent = ours.isPresent() ? Optional.empty() : existing(spec);
        String others = equivalent.map(e -> "; an equivalent assignment made outside this tool ("
                + e.path("name").asText() + ") was left in place").orElse("");
        if (ours.isEmpty()) {
            return new RoleAction(spec, RoleOutcome.ALREADY_ABSENT, "not present" + others);
        }
        if (dryRun) {
            return new RoleAction(spec, RoleOutcome.WOULD_REVOKE, "would delete " + spec.name());
        }
        int status = arm.delete(spec.resourceId(), ApiVersions.AUTHORIZATION);
        return new RoleAction(spec, status == 204 ? RoleOutcome.ALREADY_ABSENT : RoleOutcome.REVOKED,
                (status == 204 ? "already gone: " : "deleted ") + spec.name());
    }

    /** The principal's assignment of this role at exactly this scope, whatever its name. */
    private Optional<JsonNode> existing(RoleAssignmentSpec spec) {
        return arm.list(spec.scope() + "/providers/Microsoft.Authorization/roleAssignments", ApiVersions.AUTHORIZATION,
                "principalId eq '" + spec.principalId() + "'").stream()
                .filter(assignment -> grantsTheSame(assignment, spec))
                .findFirst();
    }

    /**
     * Whether an assignment ARM lists grants what {@code spec} asks for. The role is compared by its GUID alone: we
     * send the subscription form of the role definition id, and ARM may answer it in the short tenant-level form
     * ({@code /providers/Microsoft.Authorization/roleDefinitions/{guid}}, as the 2022-04-01 examples do). The
     * principal is compared too, not left to the list's filter.
     */
    static boolean grantsTheSame(JsonNode assignment, RoleAssignmentSpec spec) {
        JsonNode properties = assignment.path("properties");
        return lastSegment(properties.path("roleDefinitionId").asText("")).equalsIgnoreCase(spec.role().guid())
                && properties.path("principalId").asText("").equalsIgnoreCase(spec.principalId())
                && withoutTrailingSlash(properties.path("scope").asText("")).equalsIgnoreCase(withoutTrailingSlash(spec.scope()));
    }

    private static String lastSegment(String id) {
        String trimmed = withoutTrailingSlash(id);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String withoutTrailingSlash(String id) {
        return id.replaceAll("/+$", "");
    }

    private static ObjectNode body(RoleAssignmentSpec spec) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode properties = body.putObject("properties");
        properties.put("roleDefinitionId", spec.role().definitionId(spec.scope()));
        properties.put("principalId", spec.principalId());
        properties.put("principalType", "ServicePrincipal"); // managed identities are service principals
        properties.put("description", "azure-migration-wave: " + spec.reason());
        return body;
    }

    private static ArmException error(RoleAssignmentSpec spec, ArmClient.Reply reply, String detail) {
        JsonNode error = reply.body().path("error");
        return new ArmException("PUT", spec.resourceId(), reply.status(), error.path("code").asText(""),
                detail != null ? detail : error.path("message").asText(""));
    }

    private static String hint(ArmException e) {
        if (e.status() == 403) {
            return " (the signed-in identity needs Microsoft.Authorization/roleAssignments/write: Owner, User Access"
                    + " Administrator or Role Based Access Control Administrator on the scope)";
        }
        if (e.code().equals("PrincipalNotFound")) {
            return " (the identity is new and has not replicated yet; run again in a few minutes)";
        }
        return "";
    }
}
