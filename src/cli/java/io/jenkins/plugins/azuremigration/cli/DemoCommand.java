package io.jenkins.plugins.azuremigration.cli;

import com.azure.core.credential.AccessToken;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmOptions;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.DemoWave;
import io.jenkins.plugins.azuremigration.fixtures.DnsmasqServer;
import io.jenkins.plugins.azuremigration.fixtures.ProjectHome;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmDemoLandscape;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reactor.core.publisher.Mono;

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
            deleteRecursively(demo); // every demo starts from a clean slate: new disks, empty emulator, no checkpoint
        } catch (IOException e) {
            spec.commandLine().getErr().println("Cannot clear " + demo + ": " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        try (AzuriteServer azurite = AzuriteServer.start(demo.resolve("azurite"));
             DnsmasqServer dns = DnsmasqServer.start(demo.resolve("dns"), DemoWave.dnsZone());
             ArmDemoLandscape landscape = ArmDemoLandscape.start()) {
            console.println("  storage: " + azurite + " (Azure Storage emulator)");
            console.println("  DNS:     " + dns + " (answers the demo's private-link names)");
            console.println("  ARM:     " + landscape.simulator().baseUrl() + " (LOCAL SIMULATOR of Azure Resource"
                    + " Manager, not Azure)");
            Path waveFile = DemoWave.write(demo, azurite.blobEndpoint(), dns.address(), landscape.simulator().baseUrl());
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.put(DemoWave.STORAGE_VARIABLE, azurite.connectionString());
            Wave wave = WaveParser.parse(waveFile, environment::get);
            console.println("Wave " + wave.name() + " (" + waveFile + "): " + wave.machines().size() + " machines, "
                    + wave.diskCount() + " disks, " + wave.agents().agents().size() + " agents; valid.");
            return StageRun.run(wave, new StageRun.Request(EnumSet.allOf(Stage.class), false, false, null, reports),
                    simulatorClient(landscape), true, console, spec.commandLine().getErr());
        } catch (WaveValidationException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException | GeneralSecurityException e) {
            spec.commandLine().getErr().println("The demo could not start its local services: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        } finally {
            console.println("Demo finished; Azurite, dnsmasq and the ARM simulator are stopped.");
        }
    }

    /** The simulator accepts any bearer token and serves its own certificate, which only this client trusts. */
    private static ArmClient simulatorClient(ArmDemoLandscape landscape) throws GeneralSecurityException, IOException {
        return ArmClient.create(ArmOptions.builder(request -> Mono.just(new AccessToken("demo-token",
                OffsetDateTime.now().plusHours(1)))).endpoint(landscape.simulator().baseUri())
                .httpClient(new JdkHttpClientBuilder(HttpClient.newBuilder().sslContext(landscape.simulator().sslContext()))
                        .build()).build());
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
