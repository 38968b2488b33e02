package io.jenkins.plugins.azuremigration.cli;

import org.junit.jupiter.api.BeforeEach;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaveCliTest {
    @TempDir
    Path dir;

    /** Validation looks at local sources: the disks this class's waves name must exist, as a real wave's do. */
    @BeforeEach
    void writeTheDisksTheWavesName() throws IOException {
        DiskImages.fixedVhds(dir, "disks/web01-os.vhd");
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void validWaveExitsZeroWithASummary() throws IOException {
        Path wave = Files.writeString(dir.resolve("wave.yaml"), """
                name: wave-01
                storage:
                  connectionString: UseDevelopmentStorage=true
                machines:
                  - name: web01
                    disks:
                      - source: disks/web01-os.vhd
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01-os.vhd
                """);
        assertThat(run("validate", wave.toString())).isEqualTo(ExitCode.PASSED);
        assertThat(out.toString()).contains("wave wave-01 is valid: 1 machines (0 gated out by OK_TO_MIGRATE), 1 disks");
    }

    @Test
    void invalidWaveExitsTwoListingEveryProblem() throws IOException {
        Path wave = Files.writeString(dir.resolve("wave.yaml"), """
                name: wave-01
                storage:
                  connectionString: UseDevelopmentStorage=true
                machines: []
                copy:
                  batchSize: 11
                  window: 05:00
                """);
        assertThat(run("validate", wave.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines()).contains(
                wave + ":6:14: copy.batchSize: must be between 1 and 10, was 11",
                wave + ":7:3: copy.window: unknown key; allowed here: batchSize, mode, connections, capMbps, stopAt, sourceRoots",
                "2 problem(s) in " + wave + "; nothing was run.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("frobnicate")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("validate")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Unmatched argument").contains("Missing required parameter: 'WAVE'");
    }

    private int run(String... args) {
        return WaveCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
