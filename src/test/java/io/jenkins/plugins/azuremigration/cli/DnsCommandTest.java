package io.jenkins.plugins.azuremigration.cli;

import org.junit.jupiter.api.BeforeEach;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmSimulator;
import io.jenkins.plugins.azuremigration.fixtures.dns.PrivateLinkDnsLab;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wave dns} against real dnsmasq: the table, dns-results.json and the exit codes. */
class DnsCommandTest {
    private static final String ENDPOINTS = "/subscriptions/6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f/resourceGroups/"
            + "rg-wave07-network/providers/Microsoft.Network/privateEndpoints/";

    @TempDir
    static Path labDir;

    @TempDir
    Path dir;

    /** Validation looks at local sources: the disks this class's waves name must exist, as a real wave's do. */
    @BeforeEach
    void writeTheDisksTheWavesName() throws IOException {
        DiskImages.fixedVhds(dir, "disks/web01-os.vhd");
    }

    private static PrivateLinkDnsLab lab;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startLab() throws Exception {
        lab = PrivateLinkDnsLab.start(labDir);
    }

    @AfterAll
    static void stopLab() throws InterruptedException {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void wave07FailsNamingEveryFaultAndWritesItsResults() throws Exception {
        Path wave = wave("  server: " + lab.address() + "\n" + PrivateLinkDnsLab.WAVE_EXPECT_YAML);

        int exit = run("dns", wave.toString(), "--arm-json", PrivateLinkDnsLab.armFolder().toString(), "--out",
                dir.resolve("reports").toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCode.FAILED);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Private-link DNS of wave wave-07 (AzurePublicCloud), resolved from this"
                + " machine via " + lab.address() + ":");
        assertThat(lines.get(1)).startsWith("FQDN").endsWith("REASON");
        // failures first, then the warning, then what passed
        assertThat(lines.subList(2, 11)).allMatch(line -> line.contains(" FAIL "));
        assertThat(lines.get(11)).contains(" WARN NO_PRIVATELINK_CNAME ");
        assertThat(lines.subList(12, 19)).allMatch(line -> line.contains(" OK "));
        assertThat(out.toString())
                .contains("migpublic01.blob.core.windows.net ").contains("FAIL PUBLIC_IP")
                .contains("CNAME migpublic01.privatelink.blob.core.windows.net -> CNAME"
                        + " blob.ams07prdstr02a.store.core.windows.net -> A 20.60.1.1")
                .contains("FAIL ENDPOINT_NOT_APPROVED").contains("FAIL SERVFAIL").contains("FAIL TIMEOUT")
                .contains("FAILED: 17 names via " + lab.address())
                .contains("7 OK, 1 warning(s), 9 failed (1 PUBLIC_IP, 3 WRONG_PRIVATE_IP, 2 NXDOMAIN, 1 SERVFAIL,"
                        + " 1 TIMEOUT, 1 ENDPOINT_NOT_APPROVED)")
                .contains("What to fix for each verdict: docs/dns-troubleshooting.md");
        Path results = dir.resolve("reports/dns-results.json");
        assertThat(out.toString()).contains("Results: " + results);
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertThat(json.path("summary").path("names").asInt()).isEqualTo(17);
        assertThat(json.path("summary").path("failed").asInt()).isEqualTo(9);
        try (var files = Files.list(dir.resolve("reports"))) {
            // no temporary file is left behind: the results and the four wave reports, written atomically
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("dns-results.json",
                    "wave-report.xml", "wave-report.json", "wave-report.csv", "wave-report.html");
        }
        assertThat(Files.readString(dir.resolve("reports/wave-report.xml"))).contains("migpublic01.blob.core.windows.net");
    }

    @Test
    void healthyNamesPassEvenWithAWarningAndDnsServerOverridesTheWave() throws Exception {
        Path wave = wave("""
                  server: 127.0.0.1:1
                  privateEndpoints:
                    - %1$spe-migcache01-blob
                    - %1$spe-rsv-wave07-asr
                  expect:
                    - fqdn: mighosts01.blob.core.windows.net
                      privateIp: 10.20.1.13
                """.formatted(ENDPOINTS));

        int exit = run("dns", wave.toString(), "--dns-server", lab.address(), "--arm-json",
                PrivateLinkDnsLab.armFolder().toString(), "--out", dir.toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCode.PASSED);
        assertThat(out.toString()).contains("PASSED: 7 names via " + lab.address())
                .contains("6 OK, 1 warning(s), 0 failed").doesNotContain("dns-troubleshooting");
        assertThat(dir.resolve("dns-results.json")).exists();
    }

    @Test
    void readsThePrivateEndpointsFromArmWithTheOptionsOfTheOtherArmCommands() throws Exception {
        try (ArmSimulator sim = ArmSimulator.start()) {
            sim.documents(PrivateLinkDnsLab.armFolder()).requireToken("dns-token");
            Path certificate = sim.writeCertificatePem(dir.resolve("arm.pem"));
            Path token = Files.writeString(dir.resolve("token"), "dns-token\n");
            Path wave = wave("""
                      server: %2$s
                      privateEndpoints:
                        - %1$spe-migcache01-blob
                        - %1$spe-rsv-wave07-asr
                    azure:
                      resourceManagerEndpoint: %3$s
                    """.formatted(ENDPOINTS, lab.address(), sim.baseUrl()));

            int exit = run("dns", wave.toString(), "--access-token-file", token.toString(), "--arm-ca",
                    certificate.toString(), "--out", dir.toString());

            assertThat(exit).as(err.toString()).isEqualTo(ExitCode.PASSED);
            assertThat(out.toString()).contains("PASSED: 6 names via " + lab.address());
            assertThat(sim.requests().all()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        }
    }

    @Test
    void aResolverThatNeverAnswersIsAnEnvironmentFailure() throws Exception {
        Path wave = wave("  server: " + lab.silentAddress() + "\n" + PrivateLinkDnsLab.WAVE_EXPECT_YAML);

        assertThat(run("dns", wave.toString(), "--out", dir.toString())).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(err.toString()).contains("no name got any answer from " + lab.silentAddress()
                + ": the resolver is unreachable from this machine");
        assertThat(dir.resolve("dns-results.json")).exists();
    }

    @Test
    void badInputRunsNothing() throws Exception {
        Path wave = wave("  server: " + lab.address() + "\n" + PrivateLinkDnsLab.WAVE_EXPECT_YAML);
        assertThat(run("dns", wave.toString(), "--dns-server", "dns.corp.example", "--out", dir.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("wave dns: DNS server 'dns.corp.example' must be an IP address");

        // (without --arm-json the endpoints are read from Azure: ArmEndpointReaderTest covers that against the simulator;
        // a test here would sign in with the command-line chain, which probes addresses beyond loopback)
        Path withEndpoints = wave("  server: " + lab.address() + "\n  privateEndpoints:\n    - " + ENDPOINTS + "pe-x\n");
        assertThat(run("dns", withEndpoints.toString(), "--arm-json", PrivateLinkDnsLab.armFolder().toString(),
                "--out", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no saved payload for private endpoint(s) " + ENDPOINTS + "pe-x");

        Path nothing = wave("  server: " + lab.address() + "\n");
        assertThat(run("dns", nothing.toString(), "--out", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("nothing to check");

        Path invalid = Files.writeString(dir.resolve("invalid.yaml"), "name: wave-07\ndns:\n  retries: -1\n");
        assertThat(run("dns", invalid.toString(), "--out", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("dns.retries: must be between 0 and 10, was -1");
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().equals("dns-results.json"));
    }

    /** Wave 07 with the given lines under {@code dns:}, short timeouts so that the faults report quickly. */
    private Path wave(String dnsLines) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "wave-07", ".yaml"), """
                name: wave-07
                storage:
                  connectionString: UseDevelopmentStorage=true
                dns:
                  timeoutMillis: 300
                  retries: 1
                %s
                machines:
                  - name: web01
                    disks:
                      - source: disks/web01-os.vhd
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01-os.vhd
                """.formatted(dnsLines.stripTrailing()));
    }

    private int run(String... args) {
        return WaveCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
