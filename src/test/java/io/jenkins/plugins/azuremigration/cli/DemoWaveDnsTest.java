package io.jenkins.plugins.azuremigration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.dns.DnsCheck;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckRequest;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.dns.Verdict;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.fixtures.DemoWave;
import io.jenkins.plugins.azuremigration.fixtures.DnsmasqServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's private-link set, answered by the demo's own dnsmasq: the cache account's blob endpoint, the vault's
 * five Site Recovery names, Azure Migrate and Key Vault, each through its privatelink CNAME to its private IP.
 */
class DemoWaveDnsTest {
    @TempDir
    Path dir;

    @Test
    void everyPrivateLinkNameOfTheDemoResolvesThroughItsPrivatelinkCname() throws Exception {
        try (DnsmasqServer dns = DnsmasqServer.start(dir.resolve("dns"), DemoWave.dnsZone())) {
            Path waveFile = DemoWave.write(dir.resolve("wave"), "http://127.0.0.1:10000/devstoreaccount1",
                    dns.address(), "https://127.0.0.1:1/");
            Wave wave = WaveParser.parse(waveFile, Map.of(DemoWave.STORAGE_VARIABLE, "UseDevelopmentStorage=true")::get);

            DnsCheckReport report = DnsCheck.run(DnsCheckRequest.forWave(wave, List.of(), null));

            assertThat(report.results()).extracting(DnsCheckResult::fqdn).containsExactlyInAnyOrderElementsOf(
                    DemoWave.privateLinkNames().keySet());
            assertThat(report.results()).allSatisfy(r -> assertThat(r.verdict()).as(r.fqdn()).isEqualTo(Verdict.OK));
            assertThat(DemoWave.privateLinkNames().keySet()).contains(
                    "4719358201647392851-asr-pod01-srs1.weu.siterecovery.windowsazure.com",
                    "4719358201647392851-asr-pod01-rcm1.weu.siterecovery.windowsazure.com",
                    "4719358201647392851-asr-pod01-prot2.weu.siterecovery.windowsazure.com",
                    "4719358201647392851-asr-pod01-id1.weu.siterecovery.windowsazure.com",
                    "4719358201647392851-asr-pod01-tel1.weu.siterecovery.windowsazure.com",
                    "democache01.blob.core.windows.net", "kv-wave-demo.vault.azure.net",
                    "demomigrate7c1d0e9a.prod.migration.windowsazure.com");
            assertThat(DemoWave.dnsZone()).contains(
                    "cname=kv-wave-demo.vault.azure.net,kv-wave-demo.privatelink.vaultcore.azure.net");
        }
    }
}
