package io.jenkins.plugins.azuremigration.engine.copy;

import static io.jenkins.plugins.azuremigration.engine.copy.CopyTestSupport.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.blob.BlobServiceClientBuilder;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.SparseVhd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code kill -9} of the JVM that copies, then the same command again. */
class KillAndResumeTest {
    private static AzuriteServer azurite;

    @TempDir
    static Path azuriteData;

    @TempDir
    Path dir;

    @BeforeAll
    static void startAzurite() throws Exception {
        azurite = AzuriteServer.start(azuriteData);
    }

    @AfterAll
    static void stopAzurite() throws Exception {
        azurite.close();
    }

    @Test
    void resumesAfterKillMinus9SendingOnlyWhatWasInFlight() throws Exception {
        Path disk = SparseVhd.ofDataSize(48 * MIB).seed(9).data(0, 40 * MIB).data(44 * MIB, 2 * MIB)
                .writeTo(dir.resolve("disks/db01-os.vhd"));
        Path wave = Files.writeString(dir.resolve("wave.yaml"), """
                name: kill-test
                storage:
                  connectionString: ${env:KILL_TEST_STORAGE}
                machines:
                  - name: db01
                    disks:
                      - source: disks/db01-os.vhd
                        target: %s/kill%d/db01-os.vhd
                copy:
                  connections: 4
                  capMbps: 80
                """.formatted(azurite.blobEndpoint(), ProcessHandle.current().pid()));
        Path journal = dir.resolve("out/copy-journal.log");

        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CopyChildMain.class.getName(), wave.toString(),
                journal.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        builder.environment().put("KILL_TEST_STORAGE", azurite.connectionString());
        Process child = builder.start();
        waitForJournalledChunks(journal, 12, child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no goodbye
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);
        long journalled = journalledBytes(journal);
        assertThat(journalled).isBetween(12 * MIB, 41 * MIB);

        Wave parsed = WaveParser.parse(wave, Map.of("KILL_TEST_STORAGE", azurite.connectionString())::get);
        CopyReport resumed = WaveCopy.run(parsed, CopyOptions.builder(journal).chunkSize((int) MIB).build(),
                CopyListener.none());

        DiskResult result = resumed.machines().get(0).disks().get(0);
        assertThat(result.status()).as(result.error()).isEqualTo(CopyStatus.SUCCEEDED);
        long planned = 42 * MIB + 512;
        assertThat(result.bytesResumed()).isEqualTo(journalled);
        assertThat(result.bytesSent()).isEqualTo(planned - journalled);
        byte[] landed = new BlobServiceClientBuilder().connectionString(azurite.connectionString())
                .httpClient(BlobTargets.defaultHttpClient()).buildClient()
                .getBlobContainerClient("kill" + ProcessHandle.current().pid()).getBlobClient("db01-os.vhd")
                .downloadContent().toBytes();
        assertThat(landed).isEqualTo(Files.readAllBytes(disk));
    }

    private static void waitForJournalledChunks(Path journal, int chunks, Process child) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            assertThat(child.isAlive()).as("the child copy is still running").isTrue();
            if (Files.exists(journal) && Files.readAllLines(journal).stream().filter(l -> l.startsWith("chunk ")).count()
                    >= chunks) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child journalled fewer than " + chunks + " chunks in 60 s");
    }

    private static long journalledBytes(Path journal) throws Exception {
        return Files.readAllLines(journal).stream().filter(l -> l.startsWith("chunk ")).map(l -> l.split(" "))
                .filter(w -> w.length == 4).mapToLong(w -> Long.parseLong(w[3])).sum();
    }
}
