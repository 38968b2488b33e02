package io.jenkins.plugins.azuremigration.jenkins.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.dns.Verdict;
import io.jenkins.plugins.azuremigration.fixtures.dns.PrivateLinkDnsLab;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent side of {@code azureMigrationDnsCheck}, invoked directly against real dnsmasq on 127.0.0.1. */
class DnsCheckCallableTest {
    @TempDir
    static Path labDir;

    @TempDir
    Path workspace;

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

    @Test
    void checksTheExpectedNamesOnTheAgentAndWritesTheFourReports() throws Exception {
        writeWave("  server: " + lab.address() + "\n" + PrivateLinkDnsLab.WAVE_EXPECT_YAML);
        DnsCheckStep step = DnsCheckStepTest.step("waves/wave-07.yaml");
        step.setOut("reports/dns");

        DnsCheckReport report = roundTrip(step.callable(Map.of())).invoke(workspace.toFile(), null).dns();

        assertThat(report.resolver()).isEqualTo(lab.address());
        assertThat(report.results()).extracting(DnsCheckResult::fqdn).containsExactlyInAnyOrder(
                "mighosts01.blob.core.windows.net", "migpair01.blob.core.windows.net",
                "migtypo01.blob.core.windows.net");
        assertThat(report.passed()).isFalse();
        assertThat(report.results()).anySatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.NXDOMAIN));
        try (var files = Files.list(workspace.resolve("reports/dns"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "wave-report.xml", "wave-report.json", "wave-report.csv", "wave-report.html");
        }
        assertThat(Files.readString(workspace.resolve("reports/dns/wave-report.xml")))
                .contains("migtypo01.blob.core.windows.net");
        // what the step hands back to the Pipeline script: plain values only
        List<Map<String, Object>> verdicts = DnsCheckExecution.verdicts(roundTrip(report));
        assertThat(verdicts).hasSize(3).allSatisfy(v -> {
            assertThat(v).containsOnlyKeys("fqdn", "verdict", "severity", "expected", "observed", "reason");
            assertThat(v.values()).allSatisfy(value -> assertThat(value).isInstanceOfAny(String.class, List.class));
        });
        assertThat(verdicts).anySatisfy(v -> assertThat(v).containsEntry("fqdn", "mighosts01.blob.core.windows.net")
                .containsEntry("expected", List.of("10.20.1.13")).containsEntry("severity", "WARNING"));
    }

    @Test
    void theCallableIsSerializableWithValueFieldsOnly() throws Exception {
        DnsCheckStep step = DnsCheckStepTest.step("waves/wave-07.yaml");
        step.setDnsServer("127.0.0.1:5353");
        DnsCheckCallable callable = step.callable(Map.of("SUBSCRIPTION", "6f1c2d3e"));

        assertThat(roundTrip(callable)).usingRecursiveComparison().isEqualTo(callable);
        assertThat(DnsCheckCallable.class.getDeclaredFields()).allSatisfy(field -> assertThat(field.getType())
                .matches(t -> t.isPrimitive() || t == String.class || t.getName().startsWith("java.util.")
                        || t == io.jenkins.plugins.azuremigration.jenkins.common.WaveSource.class,
                        "a plain value type (the wave source is a path or YAML text)"));
    }

    @Test
    void theExecutionStateIsSerializable() throws Exception {
        DnsCheckExecution execution = new DnsCheckExecution(DnsCheckStepTest.step("waves/wave-07.yaml"), null);

        assertThat(roundTrip(execution)).isInstanceOf(DnsCheckExecution.class);
    }

    @Test
    void anInvalidWaveOrNothingToCheckRunsNothing() throws Exception {
        writeWave("  retries: -1\n");
        DnsCheckCallable invalid = DnsCheckStepTest.step("waves/wave-07.yaml").callable(Map.of());
        assertThatThrownBy(() -> invalid.invoke(workspace.toFile(), null)).isInstanceOf(AbortException.class);

        writeWave("  server: " + lab.address() + "\n");
        DnsCheckCallable empty = DnsCheckStepTest.step("waves/wave-07.yaml").callable(Map.of());
        assertThatThrownBy(() -> empty.invoke(workspace.toFile(), null)).isInstanceOf(AbortException.class);
        assertThat(workspace.resolve(io.jenkins.plugins.azuremigration.jenkins.common.StageRequest.DEFAULT_OUT)).doesNotExist();
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

    @SuppressWarnings("unchecked")
    static <T extends Serializable> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
