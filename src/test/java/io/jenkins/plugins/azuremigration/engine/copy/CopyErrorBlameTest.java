package io.jenkins.plugins.azuremigration.engine.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import io.jenkins.plugins.azuremigration.engine.wave.CopyMode;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.SparseVhd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed machine names what is really at fault: a full report/checkpoint folder (a real, small tmpfs) is not "the
 * source", and a source this process may not read says "permission denied" and names the file.
 */
class CopyErrorBlameTest {
    private static AzuriteServer azurite;

    @TempDir
    static Path azuriteData;

    @TempDir
    Path dir;

    private Path mounted;

    @BeforeAll
    static void startAzurite() throws Exception {
        azurite = AzuriteServer.start(azuriteData);
    }

    @AfterAll
    static void stopAzurite() throws Exception {
        azurite.close();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run(List.of("umount", mounted.toString()));
        }
    }

    @Test
    void aFullCheckpointFolderIsBlamedNotTheSource() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        // 8 KiB of tmpfs: the journal's header fits, a few dozen of its 300 chunk lines do not
        assumeTrue(run(List.of("mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", out.toString())) == 0,
                "mounting a small tmpfs needs root (CAP_SYS_ADMIN); this machine refused it");
        mounted = out;
        SparseVhd vhd = SparseVhd.ofDataSize(300 * 128 * 1024L).seed(21);
        for (int i = 0; i < 300; i++) {
            vhd.data(i * 128 * 1024L, 4096); // runs 124 KiB apart: one chunk (and one journal line) each
        }
        Path source = vhd.writeTo(dir.resolve("big.vhd"));
        CopyTestSupport storage = new CopyTestSupport(azurite);

        CopyReport report = WaveCopy.run(storage.wave(dir, 1, CopyMode.ROLLING, List.of(CopyTestSupport.machine("web01",
                storage.disk(source, "web01.vhd", BlobType.PAGE)))), CopyOptions.builder(out.resolve("copy-journal.log"))
                .retry(CopyTestSupport.quickRetries(2)).build(), CopyListener.none());

        MachineResult machine = report.machines().get(0);
        assertThat(machine.status()).isEqualTo(CopyStatus.FAILED);
        assertThat(machine.error()).contains("the report/checkpoint folder " + out + " is full")
                .contains("No space left on device").doesNotContain("reading the source");
    }

    @Test
    void anUnreadableSourceSaysPermissionDeniedAndNamesTheFile() throws Exception {
        Path source = SparseVhd.ofDataSize(1024 * 1024).seed(22).data(0, 4096).writeTo(dir.resolve("locked.vhd"));
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("---------"));
        CopyTestSupport storage = new CopyTestSupport(azurite);
        Path wave = Files.writeString(dir.resolve("wave.yaml"), """
                name: unreadable
                storage:
                  connectionString: ${env:WAVE_TEST_STORAGE}
                machines:
                  - name: web01
                    disks:
                      - source: locked.vhd
                        target: %s
                """.formatted(storage.target("web01.vhd")));
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // root reads a mode-000 file anyway (CAP_DAC_OVERRIDE): the child runs without that capability and its
            // read-search twin, so it meets the permission check an ordinary account meets
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "running as root without setpriv: cannot"
                    + " drop CAP_DAC_OVERRIDE, and root reads a mode-000 file");
            command.addAll(List.of("/usr/bin/setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search",
                    "--"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CopyChildMain.class.getName(), wave.toString(),
                dir.resolve("out/copy-journal.log").toString()));
        List<String> validated = command;
        command = new ArrayList<>(command);
        // validation refuses the file first; the copy's own blame matters for a file that turns unreadable later
        command.add("--no-source-check");
        Process refusal = new ProcessBuilder(validated).redirectErrorStream(true)
                .redirectOutput(dir.resolve("validation.log").toFile()).start();
        assertThat(refusal.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("validation.log"), StandardCharsets.UTF_8))
                .contains("machines[0].disks[0].source: locked.vhd is not readable by the user that runs the wave");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile());
        builder.environment().put("WAVE_TEST_STORAGE", storage.connectionString());

        Process child = builder.start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);

        assertThat(output).as(output).contains("copy ended: FAILED")
                .contains("permission denied reading " + source).doesNotContain(source + " " + source);
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }
}
