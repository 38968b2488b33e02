package io.jenkins.plugins.azuremigration.engine.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import io.jenkins.plugins.azuremigration.fixtures.arm.AgentStatus;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArcStatus;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmSimulator;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The ARM client's own behaviour against the HTTPS simulator: long-running operations and giving up clearly. */
class ArmClientTest {
    private static final String GROUP = "/subscriptions/5d3c1b2a-7e6f-4a0b-9c8d-1e2f3a4b5c6d/resourceGroups/rg/providers/";
    private static final String MOVER = GROUP + "Microsoft.StorageMover/storageMovers/sm";

    @Test
    void aLongRunningDeleteIsPolledToItsEnd() throws Exception {
        try (ArmSimulator sim = ArmSimulator.start()) {
            sim.storageMover(MOVER, "westeurope");
            sim.agent(MOVER + "/agents/a1").runsOn(sim.arcMachine(GROUP + "Microsoft.HybridCompute/machines/vm1")
                    .vmUuid(UUID.randomUUID().toString()).status(ArcStatus.CONNECTED)).status(AgentStatus.ONLINE);
            sim.longRunningOperations(3, 0);
            ArmClient arm = client(sim, 3);

            int status = arm.delete(MOVER + "/agents/a1", ApiVersions.STORAGE_MOVER);

            assertThat(status).isEqualTo(200);
            assertThat(arm.find(MOVER + "/agents/a1", ApiVersions.STORAGE_MOVER)).isEmpty();
            assertThat(sim.requests().matching("GET", ".*operationStatuses.*")).hasSizeGreaterThanOrEqualTo(3);
            assertThat(arm.delete(MOVER + "/agents/a1", ApiVersions.STORAGE_MOVER)).isEqualTo(204);
        }
    }

    @Test
    void persistentThrottlingEndsWithTheResourceAndTheLastStatus() throws Exception {
        try (ArmSimulator sim = ArmSimulator.start()) {
            sim.faults().on("GET", ".*storageAccounts/acct1").serviceUnavailable(10);
            ArmClient arm = client(sim, 2);
            String account = GROUP + "Microsoft.Storage/storageAccounts/acct1";

            assertThatThrownBy(() -> arm.get(account, ApiVersions.STORAGE)).isInstanceOf(ArmException.class)
                    .hasMessageStartingWith("GET " + account + ": HTTP 503");
            assertThat(arm.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void aFailedSignInEndsTheCallWithEntraIdsReasonAndNoRequestIsSent() throws Exception {
        try (ArmSimulator sim = ArmSimulator.start()) {
            ArmClient arm = ArmClient.create(ArmOptions.builder(request -> Mono.error(new ClientAuthenticationException(
                    "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the"
                            + " client secret value.\nTrace ID: 0c1d", null)))
                    .endpoint(sim.baseUri())
                    .httpClient(new JdkHttpClientBuilder(HttpClient.newBuilder().sslContext(sim.sslContext())).build())
                    .retries(1, Duration.ofMillis(10), Duration.ofMillis(50)).build());

            assertThatThrownBy(() -> arm.get(MOVER, ApiVersions.STORAGE_MOVER)).isInstanceOf(ArmException.class)
                    .hasMessageContaining("SignInFailed")
                    .hasMessageContaining("could not sign in to Azure (ClientAuthenticationException): AADSTS7000215")
                    .hasMessageNotContaining("Trace ID");
            assertThat(sim.requests().matching("GET", ".*")).isEmpty();
        }
    }

    private static ArmClient client(ArmSimulator sim, int retries) throws Exception {
        return ArmClient.create(ArmOptions.builder(request -> Mono.just(new AccessToken("t",
                OffsetDateTime.now().plusHours(1)))).endpoint(sim.baseUri())
                .httpClient(new JdkHttpClientBuilder(HttpClient.newBuilder().sslContext(sim.sslContext())).build())
                .retries(retries, Duration.ofMillis(10), Duration.ofMillis(50))
                .polling(Duration.ofMillis(20), Duration.ofSeconds(20)).build());
    }
}
