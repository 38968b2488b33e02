package io.jenkins.plugins.azuremigration.engine.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation looks at each local disk source on the machine that runs it, and refuses a source outside the wave's
 * folder and copy.sourceRoots, with hostile wave files: every problem at the source's own FILE:LINE:COLUMN.
 */
class LocalSourceValidationTest {
    private static final String TARGET = "http://127.0.0.1:10000/devstoreaccount1/vhds/";

    @TempDir
    Path dir;

    private Path waves;

    @BeforeEach
    void waveFolder() throws IOException {
        waves = Files.createDirectories(dir.resolve("waves"));
    }

    @Test
    void aMissingDiskIsReportedAtItsSource() throws IOException {
        assertThat(problems(oneDisk("disks/web01-os.vhd", null))).containsExactly(
                "wave.yaml:7:17: machines[0].disks[0].source: disks/web01-os.vhd does not exist on this machine ("
                        + waves.resolve("disks/web01-os.vhd") + ")");
    }

    @Test
    void aFolderIsNoDisk() throws IOException {
        Files.createDirectories(waves.resolve("disks/web01-os.vhd"));
        assertThat(problems(oneDisk("disks/web01-os.vhd", null))).singleElement().asString()
                .startsWith("wave.yaml:7:17: machines[0].disks[0].source: disks/web01-os.vhd is a folder, not a disk image");
    }

    @Test
    void anUnreadableDiskIsReported() throws IOException {
        // root reads every file whatever its mode, so there is nothing unreadable to show as root
        assumeFalse("root".equals(System.getProperty("user.name")), "runs as root: every file is readable");
        DiskImages.fixedVhds(waves, "disks/web01-os.vhd");
        Files.setPosixFilePermissions(waves.resolve("disks/web01-os.vhd"), PosixFilePermissions.fromString("-w-------"));
        assertThat(problems(oneDisk("disks/web01-os.vhd", null))).singleElement().asString()
                .contains("machines[0].disks[0].source: disks/web01-os.vhd is not readable by the user that runs the wave");
    }

    @Test
    void aPageDiskMustBeWholePages() throws IOException {
        Files.createDirectories(waves.resolve("disks"));
        Files.write(waves.resolve("disks/web01.img"), new byte[1000]);
        assertThat(problems(oneDisk("disks/web01.img", null))).singleElement().asString()
                .startsWith("wave.yaml:7:17: machines[0].disks[0].source: disks/web01.img is 1000 bytes, not a whole"
                        + " number of 512-byte pages");
    }

    @Test
    void theSameFileAsABlockBlobIsFine() throws IOException {
        Files.createDirectories(waves.resolve("disks"));
        Files.write(waves.resolve("disks/web01.img"), new byte[1000]);
        assertThat(problems(oneDisk("disks/web01.img", "block"))).isEmpty();
    }

    @Test
    void aRawImageOfWholePagesIsFine() throws IOException {
        Files.createDirectories(waves.resolve("disks"));
        Files.write(waves.resolve("disks/web01.raw"), new byte[4096]);
        assertThat(problems(oneDisk("disks/web01.raw", null))).isEmpty();
    }

    @Test
    void aDynamicVhdIsRefused() throws IOException {
        DiskImages.fixedVhds(waves, "disks/web01-os.vhd");
        Path disk = waves.resolve("disks/web01-os.vhd");
        byte[] bytes = Files.readAllBytes(disk);
        ByteBuffer.wrap(bytes).putInt(bytes.length - 512 + 60, 3); // the footer's disk type: dynamic
        Files.write(disk, bytes);
        assertThat(problems(oneDisk("disks/web01-os.vhd", null))).singleElement().asString()
                .contains("disks/web01-os.vhd is a dynamic VHD; Azure takes fixed VHDs only");
    }

    @Test
    void aVhdWithoutItsFooterIsRefused() throws IOException {
        Files.createDirectories(waves.resolve("disks"));
        Files.write(waves.resolve("disks/web01-os.vhd"), new byte[8192]);
        assertThat(problems(oneDisk("disks/web01-os.vhd", null))).singleElement().asString()
                .contains("is named .vhd but its last 512 bytes hold no 'conectix' VHD footer");
    }

    @Test
    void aFixedVhdIsFine() throws IOException {
        DiskImages.fixedVhds(waves, "disks/web01-os.vhd");
        assertThat(problems(oneDisk("disks/web01-os.vhd", null))).isEmpty();
    }

    @Test
    void aSourceClimbingOutOfTheWaveFolderIsRefusedEvenWithoutLookingAtDisks() throws IOException {
        String escape = "../../../../../../../../etc/passwd";
        Path wave = oneDisk(escape, "block");

        List<String> checked = problems(wave);
        List<String> unchecked = WaveParser.validate(wave, "wave.yaml", Map.<String, String>of()::get, DiskFileCheck.SKIP)
                .problems().stream().map(WaveProblem::toString).toList();

        assertThat(checked).containsExactly("wave.yaml:7:17: machines[0].disks[0].source: " + escape
                + " resolves to /etc/passwd, outside the wave file's folder " + waves + " (no copy.sourceRoots); a wave"
                + " reads local files only there: name the folder in copy.sourceRoots to allow it");
        assertThat(unchecked).isEqualTo(checked);
    }

    @Test
    void anAbsoluteSourceElsewhereIsRefused() throws IOException {
        assertThat(problems(oneDisk("/etc/passwd", "block"))).singleElement().asString()
                .startsWith("wave.yaml:7:17: machines[0].disks[0].source: /etc/passwd resolves to /etc/passwd, outside"
                        + " the wave file's folder");
    }

    @Test
    void aFolderNamedInSourceRootsIsAllowedRelativeOrAbsolute() throws IOException {
        DiskImages.fixedVhds(dir, "exports/web01-os.vhd");
        assertThat(problems(oneDisk("../exports/web01-os.vhd", null, "../exports"))).isEmpty();
        assertThat(problems(oneDisk(dir.resolve("exports/web01-os.vhd").toString(), null,
                dir.resolve("exports").toString()))).isEmpty();
        assertThat(problems(oneDisk("../exports/web01-os.vhd", null))).singleElement().asString()
                .contains("outside the wave file's folder");
    }

    @Test
    void aSymbolicLinkOutOfTheRootsIsRefused() throws IOException {
        DiskImages.fixedVhds(dir, "secret/db.vhd");
        Files.createDirectories(waves.resolve("disks"));
        Files.createSymbolicLink(waves.resolve("disks/web01-os.vhd"), dir.resolve("secret/db.vhd"));
        assertThat(problems(oneDisk("disks/web01-os.vhd", null))).singleElement().asString()
                .startsWith("wave.yaml:7:17: machines[0].disks[0].source: disks/web01-os.vhd leads through a symbolic"
                        + " link to " + dir.resolve("secret/db.vhd").toRealPath() + ", outside the wave file's folder");
    }

    @Test
    void aSourceRootThatIsNoFolderIsReportedAtItsEntry() throws IOException {
        DiskImages.fixedVhds(waves, "disks/web01-os.vhd");
        assertThat(problems(oneDisk("disks/web01-os.vhd", null, "/no/such/exports"))).containsExactly(
                "wave.yaml:11:7: copy.sourceRoots[0]: /no/such/exports is not a folder on this machine (/no/such/exports)");
    }

    @Test
    void machineListSourcesAreCheckedAtTheirCellsExceptHeldBackRows() throws IOException {
        DiskImages.fixedVhds(waves, "disks/db01-os.vhd");
        Files.writeString(waves.resolve("machines.csv"), """
                SOURCE_MACHINE_NAME,OS_DISK_ID,DATA_DISK1_ID,OK_TO_MIGRATE
                db01,disks/db01-os.vhd,disks/db01-data1.vhd,Y
                db02,../../root/.ssh/id_rsa,,Y
                legacy01,disks/not-exported-yet.vhd,,N
                """);
        Path wave = Files.writeString(waves.resolve("wave.yaml"), """
                name: wave-01
                storage:
                  connectionString: UseDevelopmentStorage=true
                machineList:
                  file: machines.csv
                  targetContainer: %svhds
                """.formatted(TARGET.replace("vhds/", "")));

        assertThat(problems(wave)).containsExactly(
                "machines.csv:2:24: machineList[row 2].DATA_DISK1_ID: disks/db01-data1.vhd does not exist on this"
                        + " machine (" + waves.resolve("disks/db01-data1.vhd") + ")",
                "machines.csv:3:1: machineList[row 3]: machine db02 has no disk (OS_DISK_ID or DATA_DISK<n>_ID)",
                "machines.csv:3:6: machineList[row 3].OS_DISK_ID: ../../root/.ssh/id_rsa resolves to "
                        + waves.resolve("../../root/.ssh/id_rsa").normalize() + ", outside the wave file's folder "
                        + waves + " (no copy.sourceRoots); a wave reads local files only there: name the folder in"
                        + " copy.sourceRoots to allow it");
    }

    @Test
    void aMachineListOutsideTheRootsIsNotRead() throws IOException {
        Path wave = Files.writeString(waves.resolve("wave.yaml"), """
                name: wave-01
                storage:
                  connectionString: UseDevelopmentStorage=true
                machineList:
                  file: ../../../../../../etc/passwd
                  targetContainer: http://127.0.0.1:10000/devstoreaccount1/vhds
                """);
        assertThat(problems(wave)).singleElement().asString()
                .startsWith("wave.yaml:5:9: machineList.file: ../../../../../../etc/passwd resolves to /etc/passwd,"
                        + " outside the wave file's folder");
    }

    @Test
    void skippingTheCheckValidatesAWaveAwayFromItsDisks() throws IOException {
        Path wave = oneDisk("disks/web01-os.vhd", null);
        ValidationReport report = WaveParser.validate(wave, "wave.yaml", Map.<String, String>of()::get,
                DiskFileCheck.SKIP);
        assertThat(report.isValid()).isTrue();
        assertThat(report.disks()).isEqualTo(1);
    }

    private Path oneDisk(String source, String type, String... sourceRoots) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                name: wave-01
                storage:
                  connectionString: UseDevelopmentStorage=true
                machines:
                  - name: web01
                    disks:
                      - source: %s
                        target: %sweb01.vhd
                """.formatted(source, TARGET));
        yaml.append(type == null ? "" : "        type: " + type + "\n");
        if (sourceRoots.length > 0) {
            yaml.append(type == null ? "" : "").append("copy:\n  sourceRoots:\n");
            for (String root : sourceRoots) {
                yaml.append("    - ").append(root).append('\n');
            }
        }
        return Files.writeString(waves.resolve("wave.yaml"), yaml.toString());
    }

    private List<String> problems(Path wave) {
        return WaveParser.validate(wave, "wave.yaml", Map.<String, String>of()::get).problems().stream()
                .map(WaveProblem::toString).toList();
    }
}
