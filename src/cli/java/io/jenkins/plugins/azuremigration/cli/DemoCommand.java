package io.jenkins.plugins.azuremigration.cli;

import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.DemoWave;
import io.jenkins.plugins.azuremigration.fixtures.DnsmasqServer;
import io.jenkins.plugins.azuremigration.fixtures.ProjectHome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wave demo}: a whole wave on this machine. It starts Azurite (storage) and dnsmasq (DNS) on 127.0.0.1,
 * writes a demo wave with sparse VHDs, runs every stage that is built, and stops what it started.
 */
@Command(name = "demo", description = "Runs a demo wave against local Azurite and dnsmasq on 127.0.0.1.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "Where reports go (default: work/demo/reports).")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter console = spec.commandLine().getOut();
        Path demo = ProjectHome.work().resolve("demo");
        Path reports = out != null ? out : demo.resolve("reports");
        console.println("Azure migration wave demo: every service is local (127.0.0.1); nothing leaves this machine.");
        try {
            deleteRecursively(demo); // every demo starts from a clean slate: new disks, empty emulator, no checkpoint
        } catch (IOException e) {
            spec.commandLine().getErr().println("Cannot clear " + demo + ": " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        try (AzuriteServer azurite = AzuriteServer.start(demo.resolve("azurite"));
             DnsmasqServer dns = DnsmasqServer.start(demo.resolve("dns"), DemoWave.dnsZone())) {
            console.println("  storage: " + azurite + " (Azure Storage emulator)");
            console.println("  DNS:     " + dns + " (answers the demo's private-link names)");
            Path waveFile = DemoWave.write(demo, azurite.blobEndpoint(), dns.address());
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.put(DemoWave.STORAGE_VARIABLE, azurite.connectionString());
            Wave wave = WaveParser.parse(waveFile, environment::get);
            console.println("Wave " + wave.name() + " (" + waveFile + "): " + wave.machines().size() + " machines, "
                    + wave.diskCount() + " disks; valid.");
            console.println("Stages:");
            console.println("  agents  not built yet (issue #5)");
            console.println("  dns     not built yet (issue #6)");
            console.println("  roles   not built yet (issue #5)");
            console.println("  copy    runs now:");
            int copied = CopyCommand.copy(wave, reports, console, spec.commandLine().getErr());
            console.println("  reports not built yet (issue #7); the copy's results are in " + reports);
            console.println("Demo finished. Stopping Azurite and dnsmasq.");
            return copied;
        } catch (WaveValidationException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            spec.commandLine().getErr().println("The demo could not start its local services: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
