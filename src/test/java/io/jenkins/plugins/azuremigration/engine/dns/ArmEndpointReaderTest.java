package io.jenkins.plugins.azuremigration.engine.dns;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.credential.AccessToken;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmOptions;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmSimulator;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Private endpoints read over HTTPS from the ARM simulator serving the spec-shaped wave-07 payloads. */
class ArmEndpointReaderTest {
    private static final String ENDPOINTS = "/subscriptions/6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f/resourceGroups/"
            + "rg-wave07-network/providers/Microsoft.Network/privateEndpoints/";

    @Test
    void readsNamesFromEndpointZoneGroupsAndNetworkInterfaces() throws Exception {
        try (ArmSimulator sim = ArmSimulator.start()) {
            sim.documents(Path.of("src/test/resources/dns/arm/wave07"));
            ArmClient arm = ArmClient.create(ArmOptions.builder(request -> Mono.just(new AccessToken("t",
                    OffsetDateTime.now().plusHours(1)))).endpoint(sim.baseUri())
                    .httpClient(new JdkHttpClientBuilder(HttpClient.newBuilder().sslContext(sim.sslContext())).build())
                    .build());

            List<PrivateEndpoint> endpoints = new ArmEndpointReader(arm).read(List.of(ENDPOINTS + "pe-migcache01-blob",
                    ENDPOINTS + "pe-rsv-wave07-asr"));

            assertThat(endpoints).hasSize(2);
            assertThat(endpoints.get(0).names()).isNotEmpty();
            assertThat(endpoints.get(1).names()).extracting(EndpointName::fqdn)
                    .anySatisfy(fqdn -> assertThat(fqdn).contains("-asr-pod01-"));
            assertThat(sim.requests().all()).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        }
    }
}
