package io.jenkins.plugins.azuremigration.engine.wave;

import org.junit.jupiter.api.BeforeEach;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wave file's {@code dns} section: the keys the private-link DNS check reads, with every problem located. */
class DnsSectionTest {
    private static final String PE = "/subscriptions/6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f/resourceGroups/rg-net/"
            + "providers/Microsoft.Network/privateEndpoints/";
    private static final String MACHINES = """
            storage:
              connectionString: UseDevelopmentStorage=true
            machines:
              - name: web01
                disks:
                  - source: disks/web01-os.vhd
                    target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01-os.vhd
            """;

    @TempDir
    Path dir;

    /** Validation looks at local sources: the disks this class's waves name must exist, as a real wave's do. */
    @BeforeEach
    void writeTheDisksTheWavesName() throws IOException {
        DiskImages.fixedVhds(dir, "disks/web01-os.vhd");
    }

    @Test
    void withoutADnsSectionTheSystemResolverIsAskedWithDefaults() throws Exception {
        DnsSettings dns = parse("name: wave-07\n" + MACHINES).dns();

        assertThat(dns.server()).isNull();
        assertThat(dns.expect()).isEmpty();
        assertThat(dns.privateEndpoints()).isEmpty();
        assertThat(dns.timeoutMillis()).isEqualTo(DnsSettings.DEFAULT_TIMEOUT_MILLIS);
        assertThat(dns.retries()).isEqualTo(DnsSettings.DEFAULT_RETRIES);
        assertThat(dns.concurrency()).isEqualTo(DnsSettings.DEFAULT_CONCURRENCY);
    }

    @Test
    void readsEveryKey() throws Exception {
        DnsSettings dns = parse("""
                name: wave-07
                dns:
                  server: "[fd00::53]:53"
                  privateEndpoints:
                    - %1$spe-migcache01-blob
                    - %1$spe-rsv-wave07-asr
                  expect:
                    - fqdn: migcache01.blob.core.windows.net.
                      privateIp: 10.20.1.4
                  timeoutMillis: 750
                  retries: 0
                  concurrency: 64
                """.formatted(PE) + MACHINES).dns();

        assertThat(dns.server()).isEqualTo("[fd00::53]:53");
        assertThat(dns.privateEndpoints()).containsExactly(PE + "pe-migcache01-blob", PE + "pe-rsv-wave07-asr");
        assertThat(dns.expect()).singleElement().satisfies(e -> {
            assertThat(e.fqdn()).isEqualTo("migcache01.blob.core.windows.net");
            assertThat(e.position().line()).isEqualTo(8);
        });
        assertThat(dns.timeoutMillis()).isEqualTo(750);
        assertThat(dns.retries()).isZero();
        assertThat(dns.concurrency()).isEqualTo(64);
    }

    @Test
    void everyProblemIsReportedAtItsValue() throws Exception {
        List<String> problems = problems("""
                name: wave-07
                dns:
                  server: dns.corp.example
                  privateEndpoints:
                    - /subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a
                    - %1$spe-a
                    - %1$sPE-A
                    - {id: x}
                  expect:
                    - fqdn: not a name
                      privateIp: 10.0.0.300
                  timeoutMillis: 10
                  retries: 11
                  concurrency: lots
                  timeout: 5
                """.formatted(PE) + MACHINES);

        String file = dir.resolve("wave.yaml").toString();
        assertThat(problems).containsExactly(
                file + ":3:11: dns.server: must be an IP address with an optional port, e.g. 10.0.0.4, 127.0.0.1:5353"
                        + " or [fd00::53]:53",
                file + ":5:7: dns.privateEndpoints[0]: must be a private endpoint's resource id, /subscriptions/{id}/"
                        + "resourceGroups/{group}/providers/Microsoft.Network/privateEndpoints/{name}, was"
                        + " '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a'",
                file + ":7:7: dns.privateEndpoints[2]: duplicate private endpoint '" + PE + "PE-A' (ids are compared"
                        + " ignoring case)",
                file + ":8:7: dns.privateEndpoints[3]: must be a private endpoint's resource id",
                file + ":10:13: dns.expect[0].fqdn: 'not a name' is not a DNS name",
                file + ":11:18: dns.expect[0].privateIp: '10.0.0.300' is not an IP address",
                file + ":12:18: dns.timeoutMillis: must be between 50 and 60000, was 10",
                file + ":13:12: dns.retries: must be between 0 and 10, was 11",
                file + ":14:16: dns.concurrency: must be a whole number, was 'lots'",
                file + ":15:3: dns.timeout: unknown key; allowed here: server, expect, privateEndpoints, timeoutMillis,"
                        + " retries, concurrency");
    }

    @Test
    void theTwoArgumentFormKeepsDefaults() {
        DnsSettings dns = new DnsSettings("10.0.0.4", List.of());
        assertThat(dns.privateEndpoints()).isEmpty();
        assertThat(dns.timeoutMillis()).isEqualTo(2000);
        assertThat(DnsSettings.systemResolver().server()).isNull();
    }

    private Wave parse(String yaml) throws IOException, WaveValidationException {
        return WaveParser.parse(Files.writeString(dir.resolve("wave.yaml"), yaml), Map.<String, String>of()::get);
    }

    private List<String> problems(String yaml) throws IOException {
        return WaveParser.validate(Files.writeString(dir.resolve("wave.yaml"), yaml), Map.<String, String>of()::get)
                .problems().stream().map(WaveProblem::toString).toList();
    }
}
