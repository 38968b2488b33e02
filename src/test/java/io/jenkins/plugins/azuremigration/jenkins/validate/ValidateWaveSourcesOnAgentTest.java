package io.jenkins.plugins.azuremigration.jenkins.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.wave.ValidationReport;
import io.jenkins.plugins.azuremigration.engine.wave.WaveProblem;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * azureMigrationValidate runs on the agent, where the disks are: it looks at them there and refuses a source outside
 * the wave's folder, naming the workspace-relative file, line and column (the callable is what the agent runs).
 */
class ValidateWaveSourcesOnAgentTest {
    @TempDir
    Path workspace;

    @Test
    void theAgentLooksAtTheDisksAndRefusesEscapes() throws Exception {
        Files.createDirectories(workspace.resolve("waves"));
        DiskImages.fixedVhds(workspace, "waves/disks/web01-os.vhd");
        Files.writeString(workspace.resolve("waves/w.yaml"), """
                name: wave-07
                storage:
                  accountUrl: https://mig07.blob.core.windows.net
                machines:
                  - name: web01
                    disks:
                      - source: disks/web01-os.vhd
                        target: https://mig07.blob.core.windows.net/vhds/web01-os.vhd
                      - source: disks/web01-data.vhd
                        target: https://mig07.blob.core.windows.net/vhds/web01-data.vhd
                      - source: ../../../../../../../etc/shadow
                        target: https://mig07.blob.core.windows.net/vhds/shadow
                      - source: disks/web01-logs.vhd
                        target: http://mig07.blob.core.windows.net/vhds/web01-logs.vhd
                """);
        ValidateWaveStep step = new ValidateWaveStep();
        step.setWave("waves/w.yaml");

        ValidationReport report = step.callable(Map.of()).invoke(workspace.toFile(), null);

        List<String> problems = report.problems().stream().map(WaveProblem::toString).toList();
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("waves/w.yaml:9:17: machines[0].disks[1].source: disks/web01-data.vhd"
                + " does not exist on this machine");
        assertThat(problems.get(1)).startsWith("waves/w.yaml:11:17: machines[0].disks[2].source:"
                + " ../../../../../../../etc/shadow resolves to /etc/shadow, outside the wave file's folder");
        assertThat(problems.get(2)).startsWith("waves/w.yaml:13:17: machines[0].disks[3].source: disks/web01-logs.vhd"
                + " does not exist");
        assertThat(problems.get(3)).startsWith("waves/w.yaml:14:17: machines[0].disks[3].target: plain http is allowed"
                + " only for a local emulator");
    }
}
