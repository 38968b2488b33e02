package io.jenkins.plugins.azuremigration.jenkins.validate;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.azuremigration.engine.wave.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** azureMigrationValidate with a wave file or an inline definition, as the agent runs it. */
class ValidateWaveStepTest {
    @TempDir
    Path workspace;

    /** Validation looks at local sources: the disks this class's waves name must exist, as a real wave's do. */
    @BeforeEach
    void writeTheDisksTheWavesName() throws IOException {
        DiskImages.fixedVhds(workspace, "waves/web01.vhd");
    }

    @Test
    void aFileInTheWorkspaceWithItsEnvironment() throws Exception {
        Files.createDirectories(workspace.resolve("waves"));
        Files.writeString(workspace.resolve("waves/w.yaml"), """
                name: wave-07
                storage:
                  connectionString: ${env:STORAGE}
                machines:
                  - name: web01
                    disks: [{source: web01.vhd, target: "https://mig07.blob.core.windows.net/vhds/web01.vhd"}]
                """);
        ValidateWaveStep step = new ValidateWaveStep();
        step.setWave("waves/w.yaml");

        ValidationReport valid = step.callable(Map.of("STORAGE", "UseDevelopmentStorage=true"))
                .invoke(workspace.toFile(), null);
        ValidationReport unset = step.callable(Map.of()).invoke(workspace.toFile(), null);

        assertThat(valid.isValid()).isTrue();
        assertThat(valid.machines()).isEqualTo(1);
        assertThat(unset.problems()).singleElement().asString().startsWith("waves/w.yaml:3:");
    }

    @Test
    void anInlineDefinitionIsCheckedLikeAFileAndItsProblemsNameTheWrittenFile() throws Exception {
        ValidateWaveStep step = new ValidateWaveStep();
        step.setDefinition(Map.of("name", "wave 07", "machines", List.of()));

        ValidationReport report = step.callable(Map.of()).invoke(workspace.toFile(), null);

        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith(".azure-migration-validate-inline-wave.yaml:").contains("name"));
        assertThat(workspace.resolve(".azure-migration-validate-inline-wave.yaml")).exists();
    }

    @Test
    void neitherOrBothEndTheStepNamingTheParameters() {
        ValidateWaveStep neither = new ValidateWaveStep();
        assertThatThrownBy(() -> neither.callable(Map.of())).isInstanceOf(AbortException.class)
                .hasMessageStartingWith("azureMigrationValidate: give wave:");
        ValidateWaveStep both = new ValidateWaveStep();
        both.setWave("w.yaml");
        both.setDefinition(Map.of("name", "x"));
        assertThatThrownBy(() -> both.callable(Map.of())).hasMessageContaining("not both");
    }
}
