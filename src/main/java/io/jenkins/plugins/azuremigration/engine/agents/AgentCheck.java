package io.jenkins.plugins.azuremigration.engine.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.azuremigration.engine.azure.ApiVersions;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmException;
import io.jenkins.plugins.azuremigration.engine.azure.SignInException;
import io.jenkins.plugins.azuremigration.engine.wave.AgentSettings;
import io.jenkins.plugins.azuremigration.engine.wave.AgentSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies (and, when the wave allows, adopts) the wave's Storage Mover agents: each agent resource must point at
 * the expected Azure Arc machine ({@code arcResourceId}, and {@code arcVmUuid} equal to the machine's
 * {@code vmUuid}), the Arc machine must be Connected and the agent Online or Executing. The agent's identity is the
 * Arc machine's system-assigned identity: a second GET.
 */
public final class AgentCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HEALTHY = Set.of("Online", "Executing");
    private static final Set<String> WORTH_WAITING = Set.of("Registering", "Offline");

    private final ArmClient arm;
    private final Clock clock;
    private final Duration pollInterval;

    public AgentCheck(ArmClient arm, Clock clock, Duration pollInterval) {
        this.arm = arm;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    public List<AgentResult> check(AgentSettings settings) throws InterruptedException {
        List<AgentResult> results = new ArrayList<>();
        for (AgentSpec spec : settings.agents()) {
            results.add(checkOne(spec, settings));
        }
        return results;
    }

    private AgentResult checkOne(AgentSpec spec, AgentSettings settings) throws InterruptedException {
        try {
            Optional<JsonNode> arc = arm.find(spec.arcMachine(), ApiVersions.HYBRID_COMPUTE);
            Optional<JsonNode> agent = arm.find(spec.resourceId(), ApiVersions.STORAGE_MOVER);
            boolean adopted = false;
            if (agent.isEmpty()) {
                if (arc.isEmpty()) {
                    return failed(spec, null, null, "neither the agent nor its Arc machine " + name(spec.arcMachine())
                            + " exists: " + registrationStep(spec));
                }
                if (!"Connected".equalsIgnoreCase(arcStatus(arc.get()))) {
                    return failed(spec, null, arc.get(), "the agent resource is missing and its Arc machine is "
                            + arcStatus(arc.get()) + ", not Connected: start the agent VM, then " + registrationStep(spec));
                }
                if (!settings.adopt()) {
                    return failed(spec, null, arc.get(), "the agent resource is missing although its Arc machine is"
                            + " Connected: " + registrationStep(spec) + " (or set agents.adopt: true to create it)");
                }
                String vmUuid = text(arc.get().path("properties"), "vmUuid");
                if (vmUuid == null || vmUuid.isBlank()) {
                    // Storage Mover binds the agent to this id for good: never send a placeholder in its place
                    return failed(spec, null, arc.get(), "the agent resource is missing and its Arc machine "
                            + name(spec.arcMachine()) + " reports no vmUuid, so it cannot be adopted: "
                            + registrationStep(spec));
                }
                agent = Optional.of(adopt(spec, vmUuid));
                adopted = true;
            }
            if (arc.isEmpty()) {
                return failed(spec, agent.get(), null, "the Arc machine " + spec.arcMachine() + " does not exist");
            }
            String mismatch = mismatch(spec, agent.get(), arc.get());
            if (mismatch != null) {
                return failed(spec, agent.get(), arc.get(), mismatch);
            }
            if (!"Connected".equalsIgnoreCase(arcStatus(arc.get()))) {
                return failed(spec, agent.get(), arc.get(), "the Arc machine is " + arcStatus(arc.get())
                        + ": the agent VM cannot reach Azure Arc (check its outbound network and the Arc agent service)");
            }
            String principal = text(arc.get().path("identity"), "principalId");
            if (principal != null && !Guids.isGuid(principal)) {
                return failed(spec, agent.get(), arc.get(), "agent " + spec.name() + ": its Arc machine's"
                        + " identity.principalId " + Guids.quoted(principal) + " is not a GUID, so no role can be"
                        + " assigned to it: check the Arc machine's system-assigned identity in the portal");
            }
            JsonNode current = waitForHealthy(spec, agent.get(), settings.waitMinutes());
            String status = agentStatus(current);
            if (!HEALTHY.contains(status)) {
                return failed(spec, current, arc.get(), "the agent is " + status + reasonOf(current)
                        + (settings.waitMinutes() > 0 ? " after waiting " + settings.waitMinutes() + " min" : ""));
            }
            return result(spec, current, arc.get(), adopted ? AgentVerdict.ADOPTED : AgentVerdict.OK, adopted
                    ? "the agent resource was created for its connected Arc machine and is " + status
                    : "registered to " + name(spec.arcMachine()) + ", Arc Connected, agent " + status);
        } catch (SignInException e) {
            throw e; // not this agent's fault: no agent can be checked, and the stage says why
        } catch (ArmException e) {
            return new AgentResult(spec.name(), spec.resourceId(), null, null, null, null, null, AgentVerdict.FAILED,
                    e.getMessage());
        }
    }

    private JsonNode adopt(AgentSpec spec, String vmUuid) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode properties = body.putObject("properties");
        properties.put("description", "Adopted by azure-migration-wave for its connected Arc machine");
        properties.put("arcResourceId", spec.arcMachine());
        properties.put("arcVmUuid", vmUuid);
        return arm.put(spec.resourceId(), ApiVersions.STORAGE_MOVER, body).body();
    }

    private static String mismatch(AgentSpec spec, JsonNode agent, JsonNode arc) {
        String arcId = agent.path("properties").path("arcResourceId").asText("");
        if (!arcId.equalsIgnoreCase(spec.arcMachine())) {
            return "the agent is registered to Arc machine " + (arcId.isEmpty() ? "(none)" : name(arcId))
                    + ", not " + name(spec.arcMachine()) + ": the wave names another VM, or the agent was re-registered";
        }
        String agentUuid = agent.path("properties").path("arcVmUuid").asText("");
        String machineUuid = arc.path("properties").path("vmUuid").asText("");
        if (!agentUuid.equalsIgnoreCase(machineUuid)) {
            return "the agent's arcVmUuid " + agentUuid + " differs from the Arc machine's vmUuid " + machineUuid
                    + ": the VM was recreated or cloned; unregister the agent and register it again";
        }
        return null;
    }

    private JsonNode waitForHealthy(AgentSpec spec, JsonNode agent, int waitMinutes) throws InterruptedException {
        Instant deadline = clock.instant().plus(Duration.ofMinutes(waitMinutes));
        JsonNode current = agent;
        while (WORTH_WAITING.contains(agentStatus(current)) && clock.instant().isBefore(deadline)) {
            Thread.sleep(pollInterval.toMillis());
            current = arm.get(spec.resourceId(), ApiVersions.STORAGE_MOVER);
        }
        return current;
    }

    private static String registrationStep(AgentSpec spec) {
        String[] parts = spec.storageMover().split("/");
        return "register it on the appliance: in the agent VM's administrative shell choose 'Register', sign in with"
                + " the device code, and give subscription " + parts[2] + ", resource group " + parts[4]
                + " and storage mover " + parts[parts.length - 1];
    }

    private static String reasonOf(JsonNode agent) {
        JsonNode error = agent.path("properties").path("errorDetails");
        return error.hasNonNull("code") ? " (" + error.path("code").asText() + ": " + error.path("message").asText("") + ")"
                : "";
    }

    private static String agentStatus(JsonNode agent) {
        return agent.path("properties").path("agentStatus").asText("Unknown");
    }

    private static String arcStatus(JsonNode arc) {
        return arc.path("properties").path("status").asText("Unknown");
    }

    private static String name(String resourceId) {
        return resourceId.substring(resourceId.lastIndexOf('/') + 1);
    }

    private static AgentResult failed(AgentSpec spec, JsonNode agent, JsonNode arc, String reason) {
        return result(spec, agent, arc, AgentVerdict.FAILED, reason);
    }

    private static AgentResult result(AgentSpec spec, JsonNode agent, JsonNode arc, AgentVerdict verdict, String reason) {
        JsonNode properties = agent == null ? JSON.createObjectNode() : agent.path("properties");
        return new AgentResult(spec.name(), spec.resourceId(), text(properties, "agentStatus"),
                text(properties, "agentVersion"), text(properties, "lastStatusUpdate"),
                arc == null ? null : arcStatus(arc), arc == null ? null : principalId(arc),
                verdict, reason);
    }

    /** The Arc machine's identity, only when it is a GUID: anything else must never reach a role assignment. */
    private static String principalId(JsonNode arc) {
        String principal = text(arc.path("identity"), "principalId");
        return principal != null && Guids.isGuid(principal) ? principal : null;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
