package io.jenkins.plugins.azuremigration.engine.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmOptions;
import io.jenkins.plugins.azuremigration.engine.wave.AgentSettings;
import io.jenkins.plugins.azuremigration.engine.wave.AgentSpec;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.SourcePosition;
import io.jenkins.plugins.azuremigration.fixtures.arm.AgentStatus;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArcMachine;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArcStatus;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Storage Mover agents against the HTTPS ARM simulator. */
class AgentCheckTest {
    private static final String GROUP = "/subscriptions/5d3c1b2a-7e6f-4a0b-9c8d-1e2f3a4b5c6d/resourceGroups/rg-wave07/providers/";
    private static final String MOVER = GROUP + "Microsoft.StorageMover/storageMovers/mover-wave07";
    private static final String PRINCIPAL = "4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

    private ArmSimulator sim;
    private ArmClient arm;
    private ArcMachine arc;
    private final CountingToken tokens = new CountingToken();

    @BeforeEach
    void startSimulator() throws Exception {
        sim = ArmSimulator.start();
        arm = ArmClient.create(ArmOptions.builder(tokens).endpoint(sim.baseUri())
                .httpClient(new com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder(java.net.http.HttpClient
                        .newBuilder().sslContext(sim.sslContext())).build())
                .retries(4, Duration.ofMillis(20), Duration.ofMillis(100)).build());
        sim.storageMover(MOVER, "westeurope");
        arc = sim.arcMachine(GROUP + "Microsoft.HybridCompute/machines/agent-vm-01").vmUuid(UUID.randomUUID().toString())
                .principalId(PRINCIPAL).status(ArcStatus.CONNECTED);
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    @Test
    void anOnlineAgentOnItsArcMachinePassesWithItsIdentity() throws Exception {
        sim.agent(MOVER + "/agents/agent-01").runsOn(arc).status(AgentStatus.ONLINE).agentVersion("2.1.4");

        AgentResult result = check(false, 0).get(0);

        assertThat(result.verdict()).isEqualTo(AgentVerdict.OK);
        assertThat(result.principalId()).isEqualTo(PRINCIPAL);
        assertThat(result.agentVersion()).isEqualTo("2.1.4");
        assertThat(result.arcStatus()).isEqualTo("Connected");
    }

    @Test
    void aVmUuidThatDiffersFromTheArcMachineFails() throws Exception {
        sim.agent(MOVER + "/agents/agent-01").arcResourceId(arc.id()).arcVmUuid(UUID.randomUUID().toString())
                .status(AgentStatus.ONLINE);

        AgentResult result = check(false, 0).get(0);

        assertThat(result.verdict()).isEqualTo(AgentVerdict.FAILED);
        assertThat(result.reason()).contains("differs from the Arc machine's vmUuid").contains("recreated or cloned");
    }

    @Test
    void anOfflineAgentFailsWithItsErrorUnlessItComesOnlineWithinTheWait() throws Exception {
        sim.agent(MOVER + "/agents/agent-01").runsOn(arc).status(AgentStatus.OFFLINE)
                .errorDetails("AgentHeartbeatMissing", "No heartbeat for 20 minutes");
        AgentResult offline = check(false, 0).get(0);

        sim.agent(MOVER + "/agents/agent-01").statusAfterReads(2, AgentStatus.ONLINE);
        AgentResult waited = check(false, 1).get(0);

        assertThat(offline.verdict()).isEqualTo(AgentVerdict.FAILED);
        assertThat(offline.reason()).isEqualTo("the agent is Offline (AgentHeartbeatMissing: No heartbeat for 20 minutes)");
        assertThat(waited.verdict()).isEqualTo(AgentVerdict.OK);
        assertThat(waited.agentStatus()).isEqualTo("Online");
    }

    @Test
    void aMissingAgentIsReportedWithTheRegistrationStepOrAdoptedWhenAllowed() throws Exception {
        AgentResult reported = check(false, 0).get(0);
        assertThat(reported.verdict()).isEqualTo(AgentVerdict.FAILED);
        assertThat(reported.reason()).contains("the agent resource is missing although its Arc machine is Connected")
                .contains("choose 'Register'").contains("storage mover mover-wave07").contains("agents.adopt: true");
        assertThat(sim.requests().writeCount()).isZero();

        AgentResult adopted = check(true, 0).get(0);
        assertThat(adopted.verdict()).isEqualTo(AgentVerdict.ADOPTED);
        assertThat(adopted.principalId()).isEqualTo(PRINCIPAL);
        assertThat(sim.requests().matching("PUT", ".*/agents/agent-01")).hasSize(1);
    }

    @Test
    void anArcIdentityThatIsNotAGuidFailsTheAgentNamingTheValueAndIsNeverUsed() throws Exception {
        arc.principalId("not-a-guid; (from a broken extension)");
        sim.agent(MOVER + "/agents/agent-01").runsOn(arc).status(AgentStatus.ONLINE);

        AgentResult result = check(false, 0).get(0);

        assertThat(result.verdict()).isEqualTo(AgentVerdict.FAILED);
        assertThat(result.reason()).contains("agent-01").contains("identity.principalId")
                .contains("'not-a-guid; (from a broken extension)'").contains("not a GUID");
        assertThat(result.principalId()).as("no role may be planned for it").isNull();
    }

    @Test
    void anArcMachineWithANullVmUuidIsNotAdoptedAsTheTextNull() throws Exception {
        arc.vmUuid(null);

        AgentResult result = check(true, 0).get(0);

        assertThat(result.verdict()).isEqualTo(AgentVerdict.FAILED);
        assertThat(result.reason()).contains("agent-vm-01").contains("no vmUuid").doesNotContain("'null'");
        assertThat(sim.requests().writeCount()).isZero();
    }

    @Test
    void aDisconnectedArcMachineIsNamed() throws Exception {
        sim.agent(MOVER + "/agents/agent-01").runsOn(arc).status(AgentStatus.ONLINE);
        arc.status(ArcStatus.DISCONNECTED);

        AgentResult result = check(false, 0).get(0);

        assertThat(result.verdict()).isEqualTo(AgentVerdict.FAILED);
        assertThat(result.reason()).startsWith("the Arc machine is Disconnected");
    }

    @Test
    void anExpiredTokenIsReplacedAndTheCallGoesThrough() throws Exception {
        sim.agent(MOVER + "/agents/agent-01").runsOn(arc).status(AgentStatus.ONLINE);
        sim.faults().on("GET", ".*/agents/agent-01").expiredToken(1);

        AgentResult result = check(false, 0).get(0);

        assertThat(result.verdict()).isEqualTo(AgentVerdict.OK);
        assertThat(tokens.issued).isEqualTo(2);
    }

    @Test
    void sovereignCloudsHaveTheirOwnEndpointsAndScopes() {
        ArmOptions government = ArmOptions.builder(tokens).cloud(AzureCloud.AZURE_US_GOVERNMENT).build();
        ArmOptions china = ArmOptions.builder(tokens).cloud(AzureCloud.AZURE_CHINA_CLOUD).build();

        assertThat(government.endpoint()).hasToString("https://management.usgovcloudapi.net/");
        assertThat(government.tokenScope()).isEqualTo("https://management.usgovcloudapi.net/.default");
        assertThat(china.endpoint()).hasToString("https://management.chinacloudapi.cn/");
        assertThat(AzureCloud.AZURE_US_GOVERNMENT.authorityHost()).isEqualTo("https://login.microsoftonline.us/");
        assertThat(AzureCloud.AZURE_CHINA_CLOUD.storageSuffix()).isEqualTo("core.chinacloudapi.cn");
    }

    private List<AgentResult> check(boolean adopt, int waitMinutes) throws InterruptedException {
        AgentSpec spec = new AgentSpec("agent-01", MOVER, arc.id(), null, new SourcePosition("wave.yaml", 1, 1));
        return new AgentCheck(arm, Clock.systemUTC(), Duration.ofMillis(20))
                .check(new AgentSettings(adopt, waitMinutes, List.of(spec)));
    }

    /** Hands out a new token each time it is asked, counting. */
    private static final class CountingToken implements com.azure.core.credential.TokenCredential {
        int issued;

        @Override
        public reactor.core.publisher.Mono<com.azure.core.credential.AccessToken> getToken(
                com.azure.core.credential.TokenRequestContext request) {
            return reactor.core.publisher.Mono.fromSupplier(() -> getTokenSync(request));
        }

        @Override
        public synchronized com.azure.core.credential.AccessToken getTokenSync(
                com.azure.core.credential.TokenRequestContext request) {
            issued++;
            return new com.azure.core.credential.AccessToken("token-" + issued, java.time.OffsetDateTime.now().plusHours(1));
        }
    }
}
