package io.jenkins.plugins.azuremigration.engine.copy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.DiskProgress;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.MachineFinished;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.MachineStarted;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.Retrying;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    private static final Instant T0 = Instant.parse("2026-11-27T22:00:00Z");
    private static final long MIB = 1024 * 1024;

    @Test
    void printsStartsAndEndsAtOnceAndProgressAtMostEveryInterval() {
        List<String> lines = new ArrayList<>();
        ProgressPrinter printer = new ProgressPrinter(lines::add, Duration.ofSeconds(5));

        printer.on(new MachineStarted(T0, "web01", 1, 1));
        for (int second = 1; second <= 10; second++) {
            printer.on(new DiskProgress(T0.plusSeconds(second), "web01", "https://a/vhds/web01.vhd", second * 10 * MIB,
                    200 * MIB, false));
        }
        printer.on(new Retrying(T0.plusSeconds(10), "web01", "https://a/vhds/web01.vhd", "HTTP 503 ServerBusy", true,
                Duration.ofSeconds(2)));
        printer.on(new MachineFinished(T0.plusSeconds(20), "web01", CopyStatus.SUCCEEDED, 0, null));

        assertThat(lines.get(0)).isEqualTo("[copy] web01 started (batch 1, 1 machine(s) in flight)");
        List<String> progress = lines.stream().filter(l -> l.startsWith("[copy]   web01")).toList();
        assertThat(progress).hasSize(2);
        assertThat(progress.get(0)).contains(" 25%").contains("10.0 MiB/s").contains("ETA 00:00:15").contains("200.0 MiB of data");
        assertThat(progress.get(1)).contains(" 50%");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("[copy] web01 succeeded");
    }

    @Test
    void bytesAreShownInBinaryUnits() {
        assertThat(ProgressPrinter.bytes(512)).isEqualTo("512 B");
        assertThat(ProgressPrinter.bytes(3 * MIB / 2)).isEqualTo("1.5 MiB");
        assertThat(ProgressPrinter.bytes(181L * 1024 * MIB)).isEqualTo("181.0 GiB");
    }
}
