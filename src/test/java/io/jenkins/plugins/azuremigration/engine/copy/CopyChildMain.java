package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.wave.DiskFileCheck;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import java.nio.file.Path;

/**
 * A copy in a JVM of its own, for tests that kill it with SIGKILL mid-copy or take capabilities from it:
 * {@code WAVE JOURNAL [--no-source-check]} (the last to reach the copy with a source validation would refuse).
 */
final class CopyChildMain {
    private CopyChildMain() {
    }

    public static void main(String[] args) throws Exception {
        DiskFileCheck disks = args.length > 2 && args[2].equals("--no-source-check") ? DiskFileCheck.SKIP
                : DiskFileCheck.CHECK;
        Wave wave = WaveParser.parse(Path.of(args[0]), args[0], System::getenv, disks);
        CopyOptions options = CopyOptions.builder(Path.of(args[1])).chunkSize(1024 * 1024).build();
        System.out.println("copy started");
        CopyReport report = WaveCopy.run(wave, options, CopyListener.none());
        MachineResult machine = report.machines().get(0);
        System.out.println("copy ended: " + machine.status() + (machine.error() == null ? "" : "; " + machine.error()));
    }
}
