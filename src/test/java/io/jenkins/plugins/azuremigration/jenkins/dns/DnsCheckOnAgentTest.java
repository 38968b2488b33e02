package io.jenkins.plugins.azuremigration.jenkins.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.dns.Verdict;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome.Status;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import io.jenkins.plugins.azuremigration.fixtures.dns.PrivateLinkDnsLab;
import io.jenkins.plugins.azuremigration.jenkins.common.AzureAccess;
import io.jenkins.plugins.azuremigration.jenkins.common.ReturnValues;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.StepVerdict;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveRunCallable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code azureMigrationDnsCheck} sends to the agent, run against real dnsmasq on 127.0.0.1. */
class DnsCheckOnAgentTest {
    @TempDir
    static Path labDir;

    @TempDir
    Path workspace;

    /** Validation looks at local sources on the agent: the disk the test wave names must exist, as a real one's does. */
    @BeforeEach
    void writeTheDiskTheWaveNames() throws IOException {
        DiskImages.fixedVhds(workspace, "waves/disks/web01-os.vhd");
    }

    private static PrivateLinkDnsLab lab;

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

    private WaveResults check(DnsCheckStep step) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(console, true);
        TaskListener listener = () -> stream;
        return new WaveRunCallable(step.source(), step.request(), AzureAccess.managedIdentity(null), Map.of(),
                listener, "build#7 azureMigrationDnsCheck").invoke(workspace.toFile(), null);
    }

    @Test
    void checksTheExpectedNamesOnTheAgentAndWritesTheFourReports() throws Exception {
        writeWave("  server: " + lab.address() + "\n" + PrivateLinkDnsLab.WAVE_EXPECT_YAML);
        DnsCheckStep step = DnsCheckStepTest.step("waves/wave-07.yaml");
        step.setOut("reports/dns");

        WaveResults results = check(step);
        DnsCheckReport report = results.dns();

        assertThat(report.resolver()).isEqualTo(lab.address());
        assertThat(report.results()).extracting(DnsCheckResult::fqdn).containsExactlyInAnyOrder(
                "mighosts01.blob.core.windows.net", "migpair01.blob.core.windows.net",
                "migtypo01.blob.core.windows.net");
        assertThat(report.passed()).isFalse();
        assertThat(report.results()).anySatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.NXDOMAIN));
        assertThat(results.outcome(Stage.COPY).status()).isEqualTo(Status.NOT_RUN);
        try (var files = Files.list(workspace.resolve("reports/dns"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains(
                    "wave-report.xml", "wave-report.json", "wave-report.csv", "wave-report.html");
        }
        assertThat(Files.readString(workspace.resolve("reports/dns/wave-report.xml")))
                .contains("migtypo01.blob.core.windows.net");
        StepVerdict verdict = StepVerdict.of(results, step.request());
        assertThat(verdict.kind()).isEqualTo(StepVerdict.Kind.FAILURE);
        assertThat(verdict.message()).startsWith("azureMigrationDnsCheck: dns failed (");
        // what the step hands back to the Pipeline script: plain values only
        List<Map<String, Object>> verdicts = ReturnValues.dns(results);
        assertThat(verdicts).hasSize(3).allSatisfy(v -> {
            assertThat(v).containsOnlyKeys("fqdn", "verdict", "severity", "expected", "observed", "reason");
            assertThat(v.values()).allSatisfy(value -> assertThat(value).isInstanceOfAny(String.class, List.class));
        });
        assertThat(verdicts).anySatisfy(v -> assertThat(v).containsEntry("fqdn", "mighosts01.blob.core.windows.net")
                .containsEntry("expected", List.of("10.20.1.13")).containsEntry("severity", "WARNING"));
    }

    @Test
    void aWaveWithNothingToCheckFailsTheStepAndAnInvalidWaveRunsNothing() throws Exception {
        writeWave("  server: " + lab.address() + "\n");
        DnsCheckStep step = DnsCheckStepTest.step("waves/wave-07.yaml");

        WaveResults nothing = check(step);

        assertThat(nothing.outcome(Stage.DNS).status()).isEqualTo(Status.SKIPPED);
        assertThat(StepVerdict.of(nothing, step.request()).kind()).isEqualTo(StepVerdict.Kind.FAILURE);

        writeWave("  retries: -1\n");
        Files.delete(workspace.resolve("wave-reports/wave-report.json"));
        assertThatThrownBy(() -> check(step)).isInstanceOf(AbortException.class)
                .hasMessageContaining("waves/wave-07.yaml:").hasMessageContaining("dns.retries");
        assertThat(workspace.resolve("wave-reports/wave-report.json")).doesNotExist();
    }

    /** Wave 07 at {@code waves/wave-07.yaml} with the given lines under {@code dns:}, short timeouts. */
    private void writeWave(String dnsLines) throws IOException {
        Files.createDirectories(workspace.resolve("waves"));
        Files.writeString(workspace.resolve("waves/wave-07.yaml"), """
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
}
