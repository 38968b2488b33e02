package io.jenkins.plugins.azuremigration.engine.wave;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain http only to this machine (an emulator): anywhere else disks and signatures would travel unencrypted. */
class PlainHttpTest {
    private static final String RULE = "plain http is allowed only for a local emulator (127.0.0.0/8, localhost, ::1);"
            + " use https://";

    @TempDir
    Path dir;

    @BeforeEach
    void disk() throws IOException {
        DiskImages.fixedVhds(dir, "web01.vhd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://mig07.blob.core.windows.net/vhds/web01.vhd",
        "http://MIG07.BLOB.CORE.WINDOWS.NET/vhds/web01.vhd", "http://10.20.1.4:10000/mig07/vhds/web01.vhd",
        "http://localhost.example.com/vhds/web01.vhd", "http://128.0.0.1:10000/acct/vhds/web01.vhd",
        "http://[fd00::4]:10000/acct/vhds/web01.vhd"})
    void aPlainHttpTargetOnAnyOtherHostIsRefused(String target) throws IOException {
        List<String> problems = problems(target);
        assertThat(problems).singleElement().asString()
                .startsWith("wave.yaml:8:17: machines[0].disks[0].target: " + RULE + " for ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:10000/devstoreaccount1/vhds/web01.vhd",
        "http://127.8.9.10:10000/devstoreaccount1/vhds/web01.vhd", "http://localhost:10000/devstoreaccount1/vhds/web01.vhd",
        "http://[::1]:10000/devstoreaccount1/vhds/web01.vhd",
        "http://[0:0:0:0:0:0:0:1]:10000/devstoreaccount1/vhds/web01.vhd",
        "https://mig07.blob.core.windows.net/vhds/web01.vhd"})
    void loopbackEmulatorsAndHttpsAreFine(String target) throws IOException {
        assertThat(problems(target)).isEmpty();
    }

    @Test
    void aPlainHttpAccountUrlContainerOrSourceBlobIsRefusedToo() throws IOException {
        Files.writeString(dir.resolve("machines.csv"), """
                SOURCE_MACHINE_NAME,OS_DISK_ID
                db01,http://src07.blob.core.windows.net/incoming/db01.vhd
                """);
        Path wave = Files.writeString(dir.resolve("wave.yaml"), """
                name: wave-01
                storage:
                  accountUrl: http://mig07.blob.core.windows.net
                machineList:
                  file: machines.csv
                  targetContainer: http://mig07.blob.core.windows.net/vhds
                """);
        assertThat(WaveParser.validate(wave, "wave.yaml", Map.<String, String>of()::get).problems())
                .extracting(WaveProblem::toString).containsExactly(
                        "wave.yaml:3:15: storage.accountUrl: " + RULE + " for mig07.blob.core.windows.net",
                        "wave.yaml:6:20: machineList.targetContainer: " + RULE + " for mig07.blob.core.windows.net");
        Path withoutContainer = Files.writeString(dir.resolve("wave.yaml"), """
                name: wave-01
                storage:
                  accountUrl: https://mig07.blob.core.windows.net
                machineList:
                  file: machines.csv
                  targetContainer: https://mig07.blob.core.windows.net/vhds
                """);
        assertThat(WaveParser.validate(withoutContainer, "wave.yaml", Map.<String, String>of()::get).problems())
                .extracting(WaveProblem::toString).contains("machines.csv:2:6: machineList[row 2].OS_DISK_ID: "
                        + RULE + " for src07.blob.core.windows.net");
    }

    private List<String> problems(String target) throws IOException {
        Path wave = Files.writeString(dir.resolve("wave.yaml"), """
                name: wave-01
                storage:
                  connectionString: UseDevelopmentStorage=true
                machines:
                  - name: web01
                    disks:
                      - source: web01.vhd
                        target: %s
                """.formatted(target));
        return WaveParser.validate(wave, "wave.yaml", Map.<String, String>of()::get).problems().stream()
                .map(WaveProblem::toString).toList();
    }
}
