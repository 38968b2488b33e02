package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Pipeline step reads the disk images only for the copy: the agents, DNS and roles steps may run on an agent that
 * does not hold them, while a copy without its disks fails before anything runs, naming the source.
 */
class WaveRunDiskCheckTest {
    @TempDir
    Path workspace;

    private WaveRunCallable callable(Set<Stage> stages) {
        StageRequest request = new StageRequest("azureMigrationWave", stages, false, false, null, List.of(), 0, -1, null,
                null, null, null, false, new StageRequest.Connection(null, null, null));
        return new WaveRunCallable(WaveSource.of("wave.yaml", null), request, AzureAccess.managedIdentity(null),
                Map.of(), () -> new PrintStream(new ByteArrayOutputStream()), "test");
    }

    private void waveWithAMissingDisk() throws Exception {
        Files.writeString(workspace.resolve("wave.yaml"), """
                name: wave-01
                storage:
                  connectionString: UseDevelopmentStorage=true
                machines:
                  - name: web01
                    disks:
                      - source: disks/web01-os.vhd
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01-os.vhd
                """);
    }

    @Test
    void stepsWithoutTheCopyRunAwayFromTheDisks() throws Exception {
        waveWithAMissingDisk();

        assertThat(callable(EnumSet.of(Stage.AGENTS, Stage.DNS, Stage.ROLES)).wave(workspace).name())
                .isEqualTo("wave-01");
    }

    @Test
    void aCopyWithoutItsDisksFailsBeforeAnythingRuns() throws Exception {
        waveWithAMissingDisk();

        assertThatThrownBy(() -> callable(EnumSet.of(Stage.COPY)).wave(workspace)).isInstanceOf(AbortException.class)
                .hasMessageContaining("wave.yaml:7:17: machines[0].disks[0].source: disks/web01-os.vhd does not exist");
    }
}
