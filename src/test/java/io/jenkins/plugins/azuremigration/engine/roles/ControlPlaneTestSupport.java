package io.jenkins.plugins.azuremigration.engine.roles;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmOptions;
import io.jenkins.plugins.azuremigration.engine.wave.AgentSettings;
import io.jenkins.plugins.azuremigration.engine.wave.AgentSpec;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.AzureSettings;
import io.jenkins.plugins.azuremigration.engine.wave.CopySettings;
import io.jenkins.plugins.azuremigration.engine.wave.DnsSettings;
import io.jenkins.plugins.azuremigration.engine.wave.RoleSettings;
import io.jenkins.plugins.azuremigration.engine.wave.SourcePosition;
import io.jenkins.plugins.azuremigration.engine.wave.StorageSettings;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmSimulator;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/** An ARM client wired to the simulator, and waves that name its resources. */
final class ControlPlaneTestSupport {
    static final String GROUP = "/subscriptions/5d3c1b2a-7e6f-4a0b-9c8d-1e2f3a4b5c6d/resourceGroups/rg-wave07/providers/";
    static final String MOVER = GROUP + "Microsoft.StorageMover/storageMovers/mover-wave07";
    static final String CACHE = GROUP + "Microsoft.Storage/storageAccounts/migcache01";
    static final String REPLICA = GROUP + "Microsoft.Storage/storageAccounts/migrepl01";
    static final String VAULT = GROUP + "Microsoft.RecoveryServices/vaults/rsv-wave07";
    static final String TARGET = GROUP + "Microsoft.Storage/storageAccounts/migtarget01";

    private ControlPlaneTestSupport() {
    }

    /** Counts the tokens it hands out; each is good for an hour. */
    static final class CountingCredential implements TokenCredential {
        final AtomicInteger issued = new AtomicInteger();

        @Override
        public Mono<AccessToken> getToken(TokenRequestContext request) {
            return Mono.fromSupplier(() -> getTokenSync(request));
        }

        @Override
        public AccessToken getTokenSync(TokenRequestContext request) {
            return new AccessToken("token-" + issued.incrementAndGet(), OffsetDateTime.now().plusHours(1));
        }
    }

    static ArmClient arm(ArmSimulator sim, TokenCredential credential) throws Exception {
        return ArmClient.create(ArmOptions.builder(credential).endpoint(sim.baseUri())
                .httpClient(new JdkHttpClientBuilder(HttpClient.newBuilder().sslContext(sim.sslContext())).build())
                .retries(6, Duration.ofMillis(20), Duration.ofMillis(200))
                .polling(Duration.ofMillis(50), Duration.ofSeconds(30)).build());
    }

    static AgentSpec agent(String name, String arcMachine, String container) {
        return new AgentSpec(name, MOVER, GROUP + "Microsoft.HybridCompute/machines/" + arcMachine,
                container == null ? null : TARGET + "/blobServices/default/containers/" + container,
                new SourcePosition("wave.yaml", 1, 1));
    }

    static Wave wave(AgentSettings agents, RoleSettings roles) {
        return new Wave("wave-07", AzureCloud.AZURE_PUBLIC_CLOUD, StorageSettings.none(), DnsSettings.systemResolver(),
                List.of(), CopySettings.defaults(), AzureSettings.defaults(), agents, roles, Path.of("wave.yaml"));
    }
}
