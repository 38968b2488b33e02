package io.jenkins.plugins.azuremigration.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every config.jelly of the Jenkins layer matches its data-bound properties and has help. */
class JellyFormsTest {
    @Test
    void everyViewOfTheJenkinsLayerIsConsistent() throws Exception {
        JellyFormChecker checker = JellyFormChecker.ofCompiledResources();

        assertThat(checker.configViews()).extracting(Path::toString).containsExactlyInAnyOrder(
                "io/jenkins/plugins/azuremigration/jenkins/agents/AgentsStep/config.jelly",
                "io/jenkins/plugins/azuremigration/jenkins/copy/CopyStep/config.jelly",
                "io/jenkins/plugins/azuremigration/jenkins/dns/DnsCheckStep/config.jelly",
                "io/jenkins/plugins/azuremigration/jenkins/freestyle/WaveBuilder/config.jelly",
                "io/jenkins/plugins/azuremigration/jenkins/roles/RolesStep/config.jelly",
                "io/jenkins/plugins/azuremigration/jenkins/validate/ValidateWaveStep/config.jelly",
                "io/jenkins/plugins/azuremigration/jenkins/wave/WaveStep/config.jelly");
        assertThat(checker.problems()).isEmpty();
    }

    @Test
    void reportsAnUnknownFieldAMissingFieldAndMissingHelp(@TempDir Path resources) throws Exception {
        Path folder = Files.createDirectories(resources.resolve(
                "io/jenkins/plugins/azuremigration/jenkins/dns/DnsCheckStep"));
        Files.writeString(folder.resolve("config.jelly"), """
                <j:jelly xmlns:j="jelly:core" xmlns:f="/lib/form">
                  <f:entry field="wave" title="Wave"><f:textbox/></f:entry>
                  <f:entry field="waveFile" title="Typo"><f:textbox/></f:entry>
                  <f:entry field="dnsServer" title="DNS"><f:textbox/></f:entry>
                  <f:entry field="out" title="Out"><f:textbox/></f:entry>
                </j:jelly>
                """);
        Files.writeString(folder.resolve("help-wave.html"), "<div/>");

        assertThat(new JellyFormChecker(resources).problems()).anySatisfy(p -> assertThat(p)
                        .endsWith("does not start with <?jelly escape-by-default='true'?>"))
                .anySatisfy(p -> assertThat(p).contains("field 'waveFile' is not a @DataBoundConstructor parameter"))
                .anySatisfy(p -> assertThat(p).contains("field 'dnsServer' has no help-dnsServer.html"))
                .anySatisfy(p -> assertThat(p).contains("property 'unstableOnFailure' of DnsCheckStep has no form field"))
                .anySatisfy(p -> assertThat(p).contains("DnsCheckStep has no help.html"))
                .noneSatisfy(p -> assertThat(p).contains("'wave'"));
    }
}
