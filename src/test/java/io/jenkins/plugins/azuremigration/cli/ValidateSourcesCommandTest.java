package io.jenkins.plugins.azuremigration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `wave validate` looks at the disks on this machine; --no-source-check is for a wave validated away from them. */
class ValidateSourcesCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aMissingDiskFailsValidationAtItsSource() throws IOException {
        Path wave = wave("disks/web01-os.vhd");
        assertThat(run("validate", wave.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains(wave + ":7:17: machines[0].disks[0].source: disks/web01-os.vhd does not"
                + " exist on this machine");
    }

    @Test
    void noSourceCheckValidatesAwayFromTheDisks() throws IOException {
        Path wave = wave("disks/web01-os.vhd");
        assertThat(run("validate", "--no-source-check", wave.toString())).isEqualTo(ExitCode.PASSED);
        assertThat(out.toString()).contains("wave wave-01 is valid: 1 machines");
    }

    @Test
    void noSourceCheckStillRefusesASourceOutsideTheWaveFolder() throws IOException {
        Path wave = wave("../../../../../../../../etc/passwd");
        assertThat(run("validate", "--no-source-check", wave.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains(wave + ":7:17: machines[0].disks[0].source: ../../../../../../../../etc/passwd"
                + " resolves to /etc/passwd, outside the wave file's folder");
    }

    @Test
    void theDisksPresentTheWaveIsValid() throws IOException {
        DiskImages.fixedVhds(dir, "disks/web01-os.vhd");
        assertThat(run("validate", wave("disks/web01-os.vhd").toString())).isEqualTo(ExitCode.PASSED);
    }

    @Test
    void theCopyReadsDisksSoItHasNoWayToSkipTheCheck() throws IOException {
        assertThat(run("copy", "--no-source-check", wave("disks/web01-os.vhd").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Unknown option: '--no-source-check'");
    }

    @Test
    void theControlPlaneCommandsOfferTheSkip() {
        assertThat(run("agents", "--help")).isZero();
        assertThat(out.toString()).contains("--no-source-check");
        out.getBuffer().setLength(0);
        assertThat(run("roles", "--help")).isZero();
        assertThat(out.toString()).contains("--no-source-check");
        out.getBuffer().setLength(0);
        assertThat(run("dns", "--help")).isZero();
        assertThat(out.toString()).contains("--no-source-check");
    }

    @Test
    void theDnsCheckRunsAwayFromTheDisksWhenToldTo() throws IOException {
        Path wave = wave("disks/web01-os.vhd");

        assertThat(run("dns", "--out", dir.resolve("reports").toString(), wave.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("machines[0].disks[0].source: disks/web01-os.vhd does not exist");
        err.getBuffer().setLength(0);
        run("dns", "--no-source-check", "--out", dir.resolve("reports").toString(), wave.toString());
        assertThat(err.toString()).as("the wave was read; what stops it now is the wave's own lack of names")
                .doesNotContain("does not exist").contains("nothing to check");
    }

    private Path wave(String source) throws IOException {
        return Files.writeString(dir.resolve("wave.yaml"), """
                name: wave-01
                storage:
                  connectionString: UseDevelopmentStorage=true
                machines:
                  - name: web01
                    disks:
                      - source: %s
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01-os.vhd
                """.formatted(source));
    }

    private int run(String... args) {
        return WaveCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
