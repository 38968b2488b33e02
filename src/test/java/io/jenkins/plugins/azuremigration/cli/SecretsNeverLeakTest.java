package io.jenkins.plugins.azuremigration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.report.WaveReports;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.SparseVhd;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canary secrets go into a wave the way they would on a migration night (a connection string with a key, a SAS),
 * including failures whose messages could quote them; nothing the run writes may contain them: console, reports,
 * checkpoint.
 */
class SecretsNeverLeakTest {
    private static final String CANARY_SIGNATURE = "Q2FuYXJ5U2lnbmF0dXJlTXVzdE5ldmVyTGVhaw";

    @TempDir
    Path dir;

    @Test
    void neitherTheKeyNorTheSasAppearsInAnythingTheRunWrites() throws Exception {
        try (AzuriteServer azurite = AzuriteServer.start(dir.resolve("azurite"))) {
            SparseVhd.ofDataSize(4L << 20).seed(3).data(0, 8192).writeTo(dir.resolve("disks/web01.vhd"));
            // the real key copies; a wrong key makes the service refuse the second wave, whose errors must not echo it
            String wrongKey = "V3JvbmdLZXlUaGF0SXNBQ2FuYXJ5QW5kTXVzdE5ldmVyTGVha0FueXdoZXJlMTIzNDU2Nzg5MA==";
            String good = azurite.connectionString();
            String bad = good.replace(AzuriteServer.ACCOUNT_KEY, wrongKey);
            Path waveFile = Files.writeString(dir.resolve("wave.yaml"), """
                    name: canary
                    storage:
                      connectionString: ${env:CANARY_STORAGE}
                    machines:
                      - name: web01
                        disks:
                          - source: disks/web01.vhd
                            target: %s/vhds/web01.vhd
                    """.formatted(azurite.blobEndpoint()));

            StringWriter console = new StringWriter();
            for (String connection : List.of(good, bad)) {
                Wave wave = WaveParser.parse(waveFile, Map.of("CANARY_STORAGE", connection + "SharedAccessSignature=sv=2024&sig="
                        + CANARY_SIGNATURE + ";")::get);
                StageRun.run(wave, new StageRun.Request(EnumSet.of(io.jenkins.plugins.azuremigration.engine.report.Stage.COPY),
                        false, false, null, dir.resolve("out-" + (connection == good ? "good" : "bad"))), null, false,
                        new PrintWriter(console, true), new PrintWriter(console, true));
            }

            assertThat(console.toString()).contains("web01").doesNotContain(wrongKey).doesNotContain(AzuriteServer.ACCOUNT_KEY)
                    .doesNotContain(CANARY_SIGNATURE);
            try (Stream<Path> written = Files.walk(dir).filter(p -> p.toString().contains("/out-") && Files.isRegularFile(p))) {
                List<Path> files = written.toList();
                assertThat(files).extracting(p -> p.getFileName().toString())
                        .contains("copy-journal.log").containsAll(WaveReports.FILE_NAMES);
                for (Path file : files) {
                    String text = Files.readString(file);
                    assertThat(text).as(file.toString()).doesNotContain(wrongKey).doesNotContain(AzuriteServer.ACCOUNT_KEY)
                            .doesNotContain(CANARY_SIGNATURE);
                }
            }
            assertThat(Files.readString(dir.resolve("out-bad/wave-report.json"))).contains("FAILED");
        }
    }
}
