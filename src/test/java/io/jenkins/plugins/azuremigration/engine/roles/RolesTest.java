package io.jenkins.plugins.azuremigration.engine.roles;

import static io.jenkins.plugins.azuremigration.engine.roles.ControlPlaneTestSupport.CACHE;
import static io.jenkins.plugins.azuremigration.engine.roles.ControlPlaneTestSupport.REPLICA;
import static io.jenkins.plugins.azuremigration.engine.roles.ControlPlaneTestSupport.VAULT;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.agents.AgentCheck;
import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.wave.AgentSettings;
import io.jenkins.plugins.azuremigration.engine.wave.RoleSettings;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.fixtures.arm.AgentStatus;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArcMachine;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArcStatus;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmSimulator;
import io.jenkins.plugins.azuremigration.fixtures.arm.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Role assignments against the HTTPS ARM simulator, which keeps Azure's rules. */
class RolesTest {
    private static final String VAULT_PRINCIPAL = "9a7e5c3b-1d2f-4e6a-8b0c-2d4f6a8c0e1a";
    private static final String AGENT_PRINCIPAL = "4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

    private ArmSimulator sim;
    private ArmClient arm;

    @BeforeEach
    void startSimulator() throws Exception {
        sim = ArmSimulator.start();
        arm = ControlPlaneTestSupport.arm(sim, new ControlPlaneTestSupport.CountingCredential());
        sim.vault(VAULT).principalId(VAULT_PRINCIPAL);
        sim.storageAccount(CACHE).standard().trustedServices(true);
        sim.storageAccount(REPLICA).premium().trustedServices(false).defaultAction("Deny");
        ArcMachine arc = sim.arcMachine(ControlPlaneTestSupport.GROUP + "Microsoft.HybridCompute/machines/agent-vm-01")
                .vmUuid(UUID.randomUUID().toString()).principalId(AGENT_PRINCIPAL).status(ArcStatus.CONNECTED);
        sim.storageMover(ControlPlaneTestSupport.MOVER, "westeurope");
        sim.agent(ControlPlaneTestSupport.MOVER + "/agents/agent-01").runsOn(arc).status(AgentStatus.ONLINE);
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    @Test
    void grantsTheRightRolesOnceAndASecondRunWritesNothing() throws Exception {
        List<RoleAction> first = grant(false);

        assertThat(first).extracting(RoleAction::outcome).containsOnly(RoleOutcome.CREATED).hasSize(5);
        assertThat(first).extracting(a -> a.spec().role() + "@" + a.spec().scope().substring(a.spec().scope().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("CONTRIBUTOR@migcache01", "STORAGE_BLOB_DATA_CONTRIBUTOR@migcache01",
                        "CONTRIBUTOR@migrepl01", "STORAGE_BLOB_DATA_OWNER@migrepl01", "STORAGE_BLOB_DATA_CONTRIBUTOR@vhds");
        assertThat(sim.roleAssignments()).hasSize(5);
        assertThat(sim.roleAssignments()).filteredOn(r -> r.principalId().equals(AGENT_PRINCIPAL))
                .singleElement().satisfies(r -> assertThat(r.scope()).endsWith("/blobServices/default/containers/vhds"));

        long mark = sim.requests().mark();
        long callsBefore = arm.requestCount();
        List<RoleAction> second = grant(false);

        assertThat(second).extracting(RoleAction::outcome).containsOnly(RoleOutcome.ALREADY_PRESENT);
        assertThat(sim.requests().since(mark)).noneMatch(LoggedRequest::isWrite);
        System.out.println("ARM calls of a second run (agents check + plan + grant): " + (arm.requestCount() - callsBefore));
    }

    @Test
    void revokeRemovesOnlyWhatThisToolCreated() throws Exception {
        grant(false);
        String foreign = UUID.randomUUID().toString();
        sim.principal("7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b");
        sim.addRoleAssignment(foreign, CACHE, "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                BuiltInRole.CONTRIBUTOR.definitionId(CACHE));

        List<RoleAction> revoked = revoke(false);
        List<RoleAction> again = revoke(false);

        assertThat(revoked).extracting(RoleAction::outcome).containsOnly(RoleOutcome.REVOKED).hasSize(5);
        assertThat(again).extracting(RoleAction::outcome).containsOnly(RoleOutcome.ALREADY_ABSENT);
        assertThat(sim.roleAssignments()).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo(foreign));
    }

    @Test
    void anEquivalentAssignmentUnderAnotherNameCountsAsPresentAndIsNeverRevoked() throws Exception {
        String theirs = UUID.randomUUID().toString();
        sim.addRoleAssignment(theirs, CACHE, VAULT_PRINCIPAL, BuiltInRole.CONTRIBUTOR.definitionId(CACHE));

        List<RoleAction> granted = grant(false);
        List<RoleAction> revoked = revoke(false);

        assertThat(granted).filteredOn(a -> a.spec().role() == BuiltInRole.CONTRIBUTOR && a.spec().scope().equals(CACHE))
                .singleElement().satisfies(a -> {
                    assertThat(a.outcome()).isEqualTo(RoleOutcome.ALREADY_PRESENT);
                    assertThat(a.detail()).contains(theirs);
                });
        assertThat(revoked).filteredOn(a -> a.spec().role() == BuiltInRole.CONTRIBUTOR && a.spec().scope().equals(CACHE))
                .singleElement().satisfies(a -> assertThat(a.detail()).contains("made outside this tool"));
        assertThat(sim.roleAssignments()).extracting(r -> r.name()).containsExactly(theirs);
    }

    @Test
    void a409RaceIsConfirmedAndCountedAsPresent() throws Exception {
        // someone creates the same grant between our list and our PUT: ARM answers 409 RoleAssignmentExists
        sim.faults().on("PUT", ".*roleAssignments/.*").delay(1, Duration.ofMillis(800));
        Thread racer = new Thread(() -> {
            try {
                Thread.sleep(300);
                sim.addRoleAssignment(UUID.randomUUID().toString(), CACHE, VAULT_PRINCIPAL,
                        BuiltInRole.CONTRIBUTOR.definitionId(CACHE));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        racer.start();
        RoleAssignmentSpec spec = new RoleAssignmentSpec(CACHE, VAULT_PRINCIPAL, BuiltInRole.CONTRIBUTOR, "race");

        List<RoleAction> actions = new RoleAssigner(arm, 3, Duration.ofMillis(10)).grant(List.of(spec), false);
        racer.join();

        assertThat(sim.requests().all()).anySatisfy(r -> assertThat(r.status()).isEqualTo(409));
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(RoleOutcome.ALREADY_PRESENT);
            assertThat(a.detail()).startsWith("present under another name");
        });
    }

    @Test
    void principalNotFoundWhileANewIdentityReplicatesIsRetried() throws Exception {
        sim.faults().on("PUT", ".*roleAssignments/.*").principalNotFound(2);
        RoleAssignmentSpec spec = new RoleAssignmentSpec(CACHE, VAULT_PRINCIPAL, BuiltInRole.CONTRIBUTOR, "vault");

        List<RoleAction> actions = new RoleAssigner(arm, 3, Duration.ofMillis(10)).grant(List.of(spec), false);

        assertThat(actions).singleElement().extracting(RoleAction::outcome).isEqualTo(RoleOutcome.CREATED);
        assertThat(sim.requests().matching("PUT", ".*roleAssignments/.*")).hasSize(3);
    }

    @Test
    void a429StormIsWaitedOutHonouringRetryAfter() throws Exception {
        sim.faults().throttleEvery(3, 1);
        long started = System.nanoTime();

        List<RoleAction> actions = grant(false);

        assertThat(actions).extracting(RoleAction::outcome).containsOnly(RoleOutcome.CREATED);
        long throttled = sim.requests().count(r -> r.status() == 429);
        assertThat(throttled).isPositive();
        // each 429 asked for a 1 s wait, and every one was honoured
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(throttled));
    }

    @Test
    void dryRunPlansWithoutWritingAndNamesTheFirewallProblem() throws Exception {
        Wave wave = wave();
        List<AgentResult> agents = new AgentCheck(arm, Clock.systemUTC(), Duration.ofMillis(10)).check(wave.agents());
        RolePlanner.Plan plan = new RolePlanner(arm).plan(wave, agents);
        List<RoleAction> planned = new RoleAssigner(arm, 3, Duration.ofMillis(10)).grant(plan.assignments(), true);

        assertThat(planned).extracting(RoleAction::outcome).containsOnly(RoleOutcome.WOULD_CREATE);
        assertThat(sim.requests().writeCount()).isZero();
        assertThat(plan.notes()).singleElement().asString().contains("migrepl01").contains("trusted Microsoft services");
    }

    @Test
    void theSignedInIdentityWithoutRightsGetsTheRoleItNeeds() throws Exception {
        sim.faults().on("PUT", ".*roleAssignments/.*").error(1, 403, "AuthorizationFailed", "The client does not have"
                + " authorization to perform action 'Microsoft.Authorization/roleAssignments/write'");
        RoleAssignmentSpec spec = new RoleAssignmentSpec(CACHE, VAULT_PRINCIPAL, BuiltInRole.CONTRIBUTOR, "vault");

        List<RoleAction> actions = new RoleAssigner(arm, 3, Duration.ofMillis(10)).grant(List.of(spec), false);

        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(RoleOutcome.FAILED);
            assertThat(a.detail()).contains("HTTP 403 AuthorizationFailed").contains("User Access Administrator");
        });
    }

    @Test
    void anAssignmentMatchesByRoleGuidInEitherFormAndByPrincipalAndScope() throws Exception {
        RoleAssignmentSpec spec = new RoleAssignmentSpec(CACHE, VAULT_PRINCIPAL, BuiltInRole.CONTRIBUTOR, "vault");
        String shortForm = "/providers/Microsoft.Authorization/roleDefinitions/" + BuiltInRole.CONTRIBUTOR.guid();

        assertThat(RoleAssigner.grantsTheSame(listed(shortForm, VAULT_PRINCIPAL, CACHE), spec)).isTrue();
        assertThat(RoleAssigner.grantsTheSame(listed(BuiltInRole.CONTRIBUTOR.definitionId(CACHE).toUpperCase(
                java.util.Locale.ROOT), VAULT_PRINCIPAL.toUpperCase(java.util.Locale.ROOT), CACHE), spec)).isTrue();
        assertThat(RoleAssigner.grantsTheSame(listed(shortForm, AGENT_PRINCIPAL, CACHE), spec)).isFalse();
        assertThat(RoleAssigner.grantsTheSame(listed(shortForm, VAULT_PRINCIPAL, REPLICA), spec)).isFalse();
        assertThat(RoleAssigner.grantsTheSame(listed("/providers/Microsoft.Authorization/roleDefinitions/"
                + BuiltInRole.OWNER.guid(), VAULT_PRINCIPAL, CACHE), spec)).isFalse();
    }

    /** An assignment as the 2022-04-01 RoleAssignments_ListForScope example shapes it. */
    private static com.fasterxml.jackson.databind.JsonNode listed(String roleDefinitionId, String principal, String scope)
            throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"properties": {"roleDefinitionId": "%s", "principalId": "%s", "principalType": "ServicePrincipal",
                 "scope": "%s"}, "type": "Microsoft.Authorization/roleAssignments", "name": "%s"}
                """.formatted(roleDefinitionId, principal, scope, UUID.randomUUID()));
    }

    private List<RoleAction> grant(boolean dryRun) throws Exception {
        Wave wave = wave();
        List<AgentResult> agents = new AgentCheck(arm, Clock.systemUTC(), Duration.ofMillis(10)).check(wave.agents());
        return new RoleAssigner(arm, 3, Duration.ofMillis(10)).grant(new RolePlanner(arm).plan(wave, agents).assignments(),
                dryRun);
    }

    private List<RoleAction> revoke(boolean dryRun) throws Exception {
        Wave wave = wave();
        List<AgentResult> agents = new AgentCheck(arm, Clock.systemUTC(), Duration.ofMillis(10)).check(wave.agents());
        return new RoleAssigner(arm, 3, Duration.ofMillis(10)).revoke(new RolePlanner(arm).plan(wave, agents).assignments(),
                dryRun);
    }

    private static Wave wave() {
        return ControlPlaneTestSupport.wave(new AgentSettings(false, 0,
                List.of(ControlPlaneTestSupport.agent("agent-01", "agent-vm-01", "vhds"))),
                new RoleSettings(VAULT, List.of(CACHE, REPLICA)));
    }
}
