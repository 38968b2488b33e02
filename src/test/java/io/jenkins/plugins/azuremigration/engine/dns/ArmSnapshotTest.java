package io.jenkins.plugins.azuremigration.engine.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.azuremigration.fixtures.dns.PrivateLinkDnsLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArmSnapshotTest {
    private static final String NETWORK = "/subscriptions/6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f/resourceGroups/"
            + "rg-wave07-network/providers/Microsoft.Network/privateEndpoints/";

    @TempDir
    Path dir;

    @Test
    void linksEndpointsZoneGroupsAndNicsFromSingleAndListResponses() throws Exception {
        ArmSnapshot snapshot = ArmSnapshot.read(PrivateLinkDnsLab.armFolder());

        assertThat(snapshot.endpoints()).extracting(PrivateEndpoint::name).containsExactlyInAnyOrder(
                "pe-migcache01-blob", "pe-kv-wave07", "pe-rsv-wave07-asr", "pe-migstale01-blob", "pe-migpublic01-blob",
                "pe-migmissing01-blob", "pe-migmulti01-blob", "pe-migv6only01-blob", "pe-migslow01-blob",
                "pe-migbroken01-blob");
        PrivateEndpoint stale = snapshot.select(List.of(NETWORK + "PE-MIGSTALE01-BLOB")).get(0);
        assertThat(stale.names()).extracting(EndpointName::source)
                .containsExactly(ExpectationSource.CUSTOM_DNS_CONFIGS, ExpectationSource.NETWORK_INTERFACE);
        assertThat(snapshot.select(List.of(NETWORK + "pe-rsv-wave07-asr")).get(0).names()).hasSize(3 + 5 + 5);
    }

    @Test
    void aMissingEndpointIsNamed() throws Exception {
        ArmSnapshot snapshot = ArmSnapshot.read(PrivateLinkDnsLab.armFolder());
        assertThatThrownBy(() -> snapshot.select(List.of(NETWORK + "pe-migcache01-blob", NETWORK + "pe-gone")))
                .isInstanceOf(ArmPayloadException.class).hasMessage("no saved payload for private endpoint(s) "
                        + NETWORK + "pe-gone");
    }

    @Test
    void brokenOrForeignPayloadsNameTheirFile() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"id\": ");
        assertThatThrownBy(() -> ArmSnapshot.read(dir)).isInstanceOf(ArmPayloadException.class)
                .hasMessageStartingWith("broken.json: not JSON");

        Files.writeString(dir.resolve("broken.json"), "{\"id\": \"/subscriptions/s/resourceGroups/rg/providers/"
                + "Microsoft.Storage/storageAccounts/a\"}");
        assertThatThrownBy(() -> ArmSnapshot.read(dir)).isInstanceOf(ArmPayloadException.class)
                .hasMessageContaining("broken.json: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/"
                        + "storageAccounts/a' is not a private endpoint");
    }
}
