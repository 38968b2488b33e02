package io.jenkins.plugins.azuremigration.engine.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.fixtures.dns.PrivateLinkDnsLab;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ARM payloads shaped like the REST API's examples (GET privateEndpoints, privateDnsZoneGroups, networkInterfaces). */
class PrivateEndpointJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASR = PrivateLinkDnsLab.SITE_RECOVERY_VAULT_ID + "-asr-pod01-";

    @Test
    void readsAllThreePlacesArmKeepsNamesIn() throws Exception {
        PrivateEndpoint endpoint = PrivateEndpointJson.parse(fixture("pe-migcache01-blob.json"),
                List.of(fixture("pe-migcache01-blob.zonegroup.json")), List.of(fixture("pe-migcache01-blob.nic.json")));

        assertThat(endpoint.name()).isEqualTo("pe-migcache01-blob");
        assertThat(endpoint.connectionState()).isEqualTo(ConnectionState.APPROVED);
        assertThat(endpoint.names()).containsExactly(
                new EndpointName("migcache01.blob.core.windows.net", "10.20.1.4", ExpectationSource.CUSTOM_DNS_CONFIGS),
                new EndpointName("migcache01.privatelink.blob.core.windows.net", "10.20.1.4",
                        ExpectationSource.PRIVATE_DNS_ZONE_GROUP),
                new EndpointName("migcache01.blob.core.windows.net", "10.20.1.4", ExpectationSource.NETWORK_INTERFACE));
        assertThat(PrivateEndpointJson.networkInterfaceIds(fixture("pe-migcache01-blob.json")))
                .singleElement().asString().contains("/networkInterfaces/pe-migcache01-blob.nic.");
    }

    @Test
    void siteRecoveryVaultGivesFiveNamesUnionedFromIncompletePlaces() throws Exception {
        PrivateEndpoint vault = PrivateEndpointJson.parse(fixture("pe-rsv-wave07-asr.json"),
                List.of(fixture("pe-rsv-wave07-asr.zonegroup.json")), List.of(fixture("pe-rsv-wave07-asr.nic.json")));

        List<ExpectedName> names = ExpectedNames.union(List.of(vault), List.of(),
                PrivateLinkZones.of(AzureCloud.AZURE_PUBLIC_CLOUD));

        assertThat(names).extracting(ExpectedName::fqdn).containsExactlyInAnyOrder(
                ASR + "prot2.weu.siterecovery.windowsazure.com", ASR + "rcm1.weu.siterecovery.windowsazure.com",
                ASR + "srs1.weu.siterecovery.windowsazure.com", ASR + "id1.weu.siterecovery.windowsazure.com",
                ASR + "tel1.weu.siterecovery.windowsazure.com");
        ExpectedName id1 = names.stream().filter(n -> n.fqdn().startsWith(ASR + "id1.")).findFirst().orElseThrow();
        // customDnsConfigs lists only three of the five: the other two come from the zone group and the NIC
        assertThat(id1.sources()).containsExactly(ExpectationSource.PRIVATE_DNS_ZONE_GROUP,
                ExpectationSource.NETWORK_INTERFACE);
        assertThat(id1.privateIps()).containsExactly("10.20.3.7");
    }

    @Test
    void siteRecoveryTypesAreReadNotHardCoded() throws Exception {
        // a vault whose pods use other type names than today's: whatever the endpoint says is checked
        String renamed = Files.readString(PrivateLinkDnsLab.armFolder().resolve("pe-rsv-wave07-asr.nic.json"))
                .replace("-rcm1.", "-zz42.").replace("-tel1.", "-tel9.");
        PrivateEndpoint vault = PrivateEndpointJson.parse(fixture("pe-rsv-wave07-asr.json"), List.of(),
                List.of(JSON.readTree(renamed)));

        assertThat(vault.names()).extracting(EndpointName::fqdn)
                .contains(ASR + "zz42.weu.siterecovery.windowsazure.com", ASR + "tel9.weu.siterecovery.windowsazure.com");
    }

    @Test
    void manualConnectionAwaitingApprovalIsPending() throws Exception {
        PrivateEndpoint keyVault = PrivateEndpointJson.parse(fixture("pe-kv-wave07.json"), List.of(), List.of());
        assertThat(keyVault.connectionState()).isEqualTo(ConnectionState.PENDING);
    }

    @Test
    void readsTheFlattenedShapeTheAzureCliPrints() throws Exception {
        JsonNode flattened = JSON.readTree("""
                {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe1",
                 "name": "pe1",
                 "customDnsConfigs": [{"fqdn": "acct.blob.core.windows.net", "ipAddresses": ["10.1.0.4"]}],
                 "privateLinkServiceConnections": [{"name": "c", "privateLinkServiceConnectionState":
                     {"status": "Disconnected"}}]}
                """);
        PrivateEndpoint endpoint = PrivateEndpointJson.parse(flattened, List.of(), List.of());
        assertThat(endpoint.connectionState()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(endpoint.names()).extracting(EndpointName::ip).containsExactly("10.1.0.4");
    }

    @Test
    void zoneGroupListResponseAndRecordSetsWithoutFqdn() throws Exception {
        JsonNode list = JSON.readTree("""
                {"value": [{"name": "g", "properties": {"privateDnsZoneConfigs": [{"properties": {
                   "privateDnsZoneId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net",
                   "recordSets": [{"recordType": "A", "recordSetName": "kv1", "ipAddresses": ["10.2.0.4"]},
                                  {"recordType": "CNAME", "recordSetName": "x", "fqdn": "x.example", "ipAddresses": []}]}}]}}]}
                """);
        JsonNode endpoint = JSON.readTree("""
                {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe2", "properties": {}}
                """);
        PrivateEndpoint parsed = PrivateEndpointJson.parse(endpoint, List.of(list), List.of());
        assertThat(parsed.name()).isEqualTo("pe2");
        assertThat(parsed.connectionState()).isEqualTo(ConnectionState.UNKNOWN);
        assertThat(parsed.names()).containsExactly(new EndpointName("kv1.privatelink.vaultcore.azure.net", "10.2.0.4",
                ExpectationSource.PRIVATE_DNS_ZONE_GROUP));
    }

    @Test
    void anEndpointWithoutIdIsRejected() throws Exception {
        assertThatThrownBy(() -> PrivateEndpointJson.parse(JSON.readTree("{\"name\": \"x\"}"), List.of(), List.of()))
                .isInstanceOf(ArmPayloadException.class).hasMessageContaining("no 'id'");
    }

    static JsonNode fixture(String name) throws IOException {
        return JSON.readTree(PrivateLinkDnsLab.armFolder().resolve(name).toFile());
    }
}
