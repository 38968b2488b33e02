package io.jenkins.plugins.azuremigration.engine.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.DnsExpectation;
import io.jenkins.plugins.azuremigration.engine.wave.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedNamesTest {
    private static final PrivateLinkZones ZONES = PrivateLinkZones.of(AzureCloud.AZURE_PUBLIC_CLOUD);
    private static final SourcePosition AT = new SourcePosition("wave.yaml", 3, 5);

    @Test
    void unionsEveryPlaceAndEveryEndpointPerClientName() {
        PrivateEndpoint first = new PrivateEndpoint("/x/privateEndpoints/pe-a", "pe-a", ConnectionState.PENDING, List.of(
                new EndpointName("Acct.privatelink.blob.core.windows.net", "10.0.0.4",
                        ExpectationSource.PRIVATE_DNS_ZONE_GROUP),
                new EndpointName("acct.blob.core.windows.net", "10.0.0.4", ExpectationSource.CUSTOM_DNS_CONFIGS)));
        PrivateEndpoint second = new PrivateEndpoint("/x/privateEndpoints/pe-b", "pe-b", ConnectionState.APPROVED,
                List.of(new EndpointName("acct.blob.core.windows.net", "10.1.0.4", ExpectationSource.NETWORK_INTERFACE)));

        List<ExpectedName> names = ExpectedNames.union(List.of(first, second), List.of(
                new DnsExpectation("zz.blob.core.windows.net.", "fd00:0:0:0:0:0:0:5", AT),
                new DnsExpectation("acct.blob.core.windows.net", "10.0.0.4", AT)), ZONES);

        assertThat(names).extracting(ExpectedName::fqdn).containsExactly("acct.blob.core.windows.net",
                "zz.blob.core.windows.net");
        ExpectedName acct = names.get(0);
        assertThat(acct.privateIps()).containsExactly("10.0.0.4", "10.1.0.4");
        assertThat(acct.sources()).containsExactly(ExpectationSource.CUSTOM_DNS_CONFIGS,
                ExpectationSource.PRIVATE_DNS_ZONE_GROUP, ExpectationSource.NETWORK_INTERFACE,
                ExpectationSource.WAVE_FILE);
        assertThat(acct.privateEndpointIds()).containsExactly("/x/privateEndpoints/pe-a", "/x/privateEndpoints/pe-b");
        // one approved endpoint is enough for traffic to flow
        assertThat(acct.connectionState()).isEqualTo(ConnectionState.APPROVED);
        ExpectedName fromWave = names.get(1);
        assertThat(fromWave.privateIps()).containsExactly("fd00::5");
        assertThat(fromWave.connectionState()).isEqualTo(ConnectionState.NOT_AN_ENDPOINT);
    }
}
