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
import java.nio.file.Path;
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
            console.println("  copy    not built yet (issue #4)");
            console.println("  reports not built yet (issue #7); nothing was written to " + reports);
            console.println("Demo finished: the wave file is valid; the stages above run once they are built."
                    + " Stopping Azurite and dnsmasq.");
            return ExitCode.PASSED;
        } catch (WaveValidationException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            spec.commandLine().getErr().println("The demo could not start its local services: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
    }
}
