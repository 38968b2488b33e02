package io.jenkins.plugins.azuremigration.jenkins.common;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step's wave: a workspace path, or a Pipeline map parsed exactly like a file, with positions in a real file. */
class WaveSourceTest {
    @TempDir
    Path workspace;

    /** Validation looks at local sources: the disks this class's waves name must exist, as a real wave's do. */
    @BeforeEach
    void writeTheDisksTheWavesName() throws IOException {
        DiskImages.fixedVhds(workspace, "disks/web01.vhd");
    }

    @Test
    void exactlyOneOfPathAndDefinition() {
        assertThatThrownBy(() -> WaveSource.of(null, null)).hasMessageContaining("give wave:");
        assertThatThrownBy(() -> WaveSource.of("w.yaml", Map.of("name", "x"))).hasMessageContaining("not both");
        assertThat(WaveSource.of(" waves/w.yaml ", Map.of()).toString()).isEqualTo("waves/w.yaml");
    }

    @Test
    void anInlineMapIsTheSameWaveAsTheFileWithRelativePathsFromTheWorkspace() throws Exception {
        Files.createDirectories(workspace.resolve("lists"));
        Files.writeString(workspace.resolve("lists/machines.csv"), "SOURCE_MACHINE_NAME,OS_DISK_ID,OK_TO_MIGRATE\n"
                + "web01,disks/web01.vhd,Y\n");
        Map<String, Object> definition = Map.of(
                "name", "wave-07",
                "storage", Map.of("accountUrl", "https://mig07.blob.core.windows.net"),
                "dns", Map.of("expect", List.of(Map.of("fqdn", "mig07.blob.core.windows.net", "privateIp", "10.1.2.3"))),
                "machineList", Map.of("file", "lists/machines.csv",
                        "targetContainer", "https://mig07.blob.core.windows.net/vhds"));

        WaveSource source = WaveSource.of(null, definition);
        Path file = source.materialize(workspace, "wave-reports");
        Wave wave = WaveParser.parse(file, source.displayName("wave-reports"), name -> null);

        assertThat(file.getParent()).isEqualTo(workspace);
        assertThat(wave.name()).isEqualTo("wave-07");
        assertThat(wave.machines()).singleElement().satisfies(m -> assertThat(m.name()).isEqualTo("web01"));
        assertThat(wave.folder()).isEqualTo(workspace.toAbsolutePath());
    }

    @Test
    void problemsOfAnInlineWaveNameItsFileAndLine() throws Exception {
        WaveSource source = WaveSource.of(null, Map.of("name", "wave-07", "copy", Map.of("batchSize", 11)));
        Path file = source.materialize(workspace, "reports/night");

        assertThatThrownBy(() -> WaveParser.parse(file, source.displayName("reports/night"), name -> null))
                .isInstanceOfSatisfying(WaveValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.toString())
                                .startsWith(".azure-migration-reports_night-inline-wave.yaml:")
                                .contains("copy.batchSize")));
    }
}
