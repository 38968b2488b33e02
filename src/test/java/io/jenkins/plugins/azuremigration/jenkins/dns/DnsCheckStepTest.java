package io.jenkins.plugins.azuremigration.jenkins.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The step's parameters, its descriptor, and the request they make. */
class DnsCheckStepTest {
    static DnsCheckStep step(String wave) {
        DnsCheckStep step = new DnsCheckStep();
        step.setWave(wave);
        return step;
    }

    @Test
    void defaultsAndDescriptor() {
        DnsCheckStep step = step("waves/wave-07.yaml");

        assertThat(step.getWave()).isEqualTo("waves/wave-07.yaml");
        assertThat(step.getDnsServer()).isNull();
        assertThat(step.isUnstableOnFailure()).isFalse();
        assertThat(step.getOut()).isEqualTo("wave-reports");
        DnsCheckStep.DescriptorImpl descriptor = new DnsCheckStep.DescriptorImpl();
        assertThat(descriptor.getFunctionName()).isEqualTo("azureMigrationDnsCheck");
        assertThat(descriptor.getDisplayName()).isNotBlank();
        assertThat(Set.<Object>copyOf(descriptor.getRequiredContext())).containsExactlyInAnyOrder(FilePath.class,
                TaskListener.class, EnvVars.class, Run.class, Launcher.class);
    }

    @Test
    void theDnsStageOnlyWithTheServerAndFolderGiven() {
        DnsCheckStep step = step("waves/wave-07.yaml");
        step.setDnsServer(" 127.0.0.1:5353 ");
        step.setOut("reports/dns");
        step.setUnstableOnFailure(true);
        step.setCredentialsId("azure-sp");

        StageRequest request = step.request();

        assertThat(request.step()).isEqualTo("azureMigrationDnsCheck");
        assertThat(request.stages()).containsExactly(Stage.DNS);
        assertThat(request.dnsServer()).isEqualTo("127.0.0.1:5353");
        assertThat(request.out()).isEqualTo("reports/dns");
        assertThat(request.unstableOnFailure()).isTrue();
        assertThat(request.connection().credentialsId()).as("to read dns.privateEndpoints").isEqualTo("azure-sp");
    }

    @Test
    void blankFieldsFromTheFormMeanTheDefaultsAndABadServerIsNamed() {
        DnsCheckStep step = step("waves/wave-07.yaml");
        step.setDnsServer("  ");
        step.setOut("");
        assertThat(step.request().dnsServer()).isNull();
        assertThat(step.request().out()).isEqualTo("wave-reports");

        step.setDnsServer("dns.corp.example");
        assertThatThrownBy(step::request).hasMessageStartingWith("dnsServer: ");
    }
}
