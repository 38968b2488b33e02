package io.jenkins.plugins.azuremigration.jenkins.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckRequest;
import io.jenkins.plugins.azuremigration.engine.dns.ExpectedName;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step's parameters, its descriptor, and how they map onto the engine's DNS request. */
class DnsCheckStepTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("STORAGE", "UseDevelopmentStorage=true");

    @TempDir
    Path workspace;

    static DnsCheckStep step(String wave) {
        DnsCheckStep step = new DnsCheckStep();
        step.setWave(wave);
        return step;
    }

    @Test
    void defaultsAndDescriptor() {
        DnsCheckStep step = DnsCheckStepTest.step("waves/wave-07.yaml");

        assertThat(step.getWave()).isEqualTo("waves/wave-07.yaml");
        assertThat(step.getDnsServer()).isNull();
        assertThat(step.isUnstableOnFailure()).isFalse();
        assertThat(step.getOut()).isEqualTo("wave-reports");
        DnsCheckStep.DescriptorImpl descriptor = new DnsCheckStep.DescriptorImpl();
        assertThat(descriptor.getFunctionName()).isEqualTo("azureMigrationDnsCheck");
        assertThat(descriptor.getDisplayName()).isNotBlank();
        assertThat(Set.<Object>copyOf(descriptor.getRequiredContext())).containsExactlyInAnyOrder(FilePath.class, TaskListener.class,
                EnvVars.class, Run.class, hudson.Launcher.class);
    }

    @Test
    void blankOptionalFieldsFromTheFormMeanTheDefaults() {
        DnsCheckStep step = DnsCheckStepTest.step("waves/wave-07.yaml");
        step.setDnsServer("  ");
        step.setOut("");

        assertThat(step.getDnsServer()).isNull();
        assertThat(step.getOut()).isEqualTo("wave-reports");
    }

    @Test
    void theWavesSettingsAndExpectedNamesMapOntoTheRequest() throws Exception {
        writeWave("  server: 127.0.0.1:5300\n  timeoutMillis: 700\n  retries: 2\n  expect:\n"
                + "    - fqdn: mighosts01.blob.core.windows.net\n      privateIp: 10.20.1.13\n");
        DnsCheckStep step = DnsCheckStepTest.step("waves/wave-07.yaml");

        DnsCheckRequest request = step.callable(ENVIRONMENT).request(workspace);

        assertThat(request.waveName()).isEqualTo("wave-07");
        assertThat(request.cloud()).isEqualTo(AzureCloud.AZURE_PUBLIC_CLOUD);
        assertThat(request.server()).isEqualTo("127.0.0.1:5300");
        assertThat(request.timeout()).isEqualTo(Duration.ofMillis(700));
        assertThat(request.retries()).isEqualTo(2);
        assertThat(request.names()).extracting(ExpectedName::fqdn).containsExactly("mighosts01.blob.core.windows.net");
        // ${env:NAME} in the wave is resolved from the build's environment, which the callable carries to the agent
        assertThatThrownBy(() -> step.callable(Map.of()).request(workspace)).isInstanceOf(AbortException.class);
    }

    @Test
    void dnsServerOverridesTheWavesServerAndIsValidated() throws Exception {
        writeWave("  server: 127.0.0.1:5300\n  expect:\n    - fqdn: mighosts01.blob.core.windows.net\n"
                + "      privateIp: 10.20.1.13\n");
        DnsCheckStep step = DnsCheckStepTest.step("waves/wave-07.yaml");
        step.setDnsServer("127.0.0.1:5353");

        assertThat(step.callable(ENVIRONMENT).request(workspace).server()).isEqualTo("127.0.0.1:5353");

        step.setDnsServer("dns.corp.example");
        assertThatThrownBy(() -> step.callable(ENVIRONMENT).request(workspace)).isInstanceOf(AbortException.class);
    }

    private void writeWave(String dnsLines) throws Exception {
        Files.createDirectories(workspace.resolve("waves"));
        Files.writeString(workspace.resolve("waves/wave-07.yaml"), """
                name: wave-07
                storage:
                  connectionString: ${env:STORAGE}
                dns:
                %s
                machines:
                  - name: web01
                    disks:
                      - source: disks/web01-os.vhd
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01-os.vhd
                """.formatted(dnsLines.stripTrailing()));
    }
}
