package io.jenkins.plugins.azuremigration.cli;

import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import io.jenkins.plugins.azuremigration.fixtures.ProjectHome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wave demo}: a whole wave on this machine. It starts Azurite (storage), dnsmasq (DNS) and the Azure Resource
 * Manager simulator on 127.0.0.1, writes a demo wave with sparse VHDs, runs every stage, and stops what it started.
 */
@Command(name = "demo", description = "Runs a demo wave against local Azurite, dnsmasq and an ARM simulator on"
        + " 127.0.0.1.")
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
            DemoServices.deleteRecursively(demo);
        } catch (IOException e) {
            spec.commandLine().getErr().println("Cannot clear " + demo + ": " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        int exit;
        try (DemoServices services = DemoServices.start(demo)) {
            services.describe(console);
            Path waveFile = services.writeWave(demo);
            Wave wave = services.parse(waveFile);
            console.println(DemoServices.describe(wave, waveFile));
            exit = StageRun.run(wave, new StageRun.Request(EnumSet.allOf(Stage.class), false, false, null, reports),
                    services.simulatorClient(), true, console, spec.commandLine().getErr());
        } catch (WaveValidationException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException | GeneralSecurityException e) {
            spec.commandLine().getErr().println("The demo could not start its local services: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        } finally {
            console.println("Demo finished; Azurite, dnsmasq and the ARM simulator are stopped.");
        }
        // last, so that it is what a newcomer sees when the demo ends: the report is the product
        Path html = reports.resolve("wave-report.html").toAbsolutePath().normalize();
        if (Files.isRegularFile(html)) {
            console.println("The HTML report (timeline, machines, DNS, roles): " + html);
            console.println("  open it in a browser: " + html.toUri());
        }
        return exit;
    }
}
