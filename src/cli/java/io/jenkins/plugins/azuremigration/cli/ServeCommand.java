package io.jenkins.plugins.azuremigration.cli;

import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import io.jenkins.plugins.azuremigration.fixtures.DemoWave;
import io.jenkins.plugins.azuremigration.fixtures.LocalManagedIdentityEndpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wave serve --dir DIR}: the demo's services kept running for a Jenkins agent on this machine, so that the
 * plugin can be checked in a real Jenkins (docs/verify-in-jenkins.md). Besides what {@code wave demo} starts it
 * serves a managed-identity endpoint (the steps sign in there instead of at Entra ID) and writes the simulator's
 * certificate, a trust store for the agent's JVM and a ready Pipeline script. Ctrl-C or SIGTERM stops everything.
 */
@Command(name = "serve", description = "Starts local Azurite, dnsmasq, the ARM simulator and a managed-identity"
        + " endpoint on 127.0.0.1 for a Jenkins agent on this machine, writes a demo wave into DIR, prints what to"
        + " enter in Jenkins, and serves until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    /** Marks a folder this command made, the only kind it empties on the next start. */
    static final String MARKER = ".wave-serve";
    static final String FREESTYLE_WAVE = "demo-wave-freestyle.yaml";

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Folder for the wave, disks,"
            + " certificate and service data; emptied on start if an earlier serve made it, else it must be empty.")
    private Path dir;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = dir.toAbsolutePath().normalize();
        try {
            prepare(folder);
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        // the hook holds the JVM until the services are stopped and that is printed, so it is installed first
        try (ShutdownWait shutdown = ShutdownWait.install()) {
            int exit = serveUntilSignal(folder, shutdown, console, err);
            console.println(exit == ExitCode.PASSED ? "Stopped." : "Nothing is left running.");
            console.flush();
            return exit;
        }
    }

    private static int serveUntilSignal(Path folder, ShutdownWait shutdown, PrintWriter console, PrintWriter err)
            throws InterruptedException {
        console.println("Local test services for the Azure Migration Wave plugin, on 127.0.0.1 only:");
        try (DemoServices services = DemoServices.start(folder.resolve("services"));
             LocalManagedIdentityEndpoint identity = LocalManagedIdentityEndpoint.start()) {
            services.describe(console);
            console.println("  sign-in: " + identity + " (LOCAL; its tokens are good only for the simulator)");
            Path waveFile = services.writeWave(folder.resolve("wave"));
            Wave wave = services.parse(waveFile);
            console.println(DemoServices.describe(wave, waveFile));
            console.println("  for the freestyle job (storage from its Storage credentials field): "
                    + writeFreestyleWave(waveFile, services.azurite().blobEndpoint()));
            handoff(folder, services, identity, waveFile).print(console);
            console.println("Serving until Ctrl-C (or SIGTERM).");
            console.flush();
            shutdown.awaitSignal();
            console.println("Stopping Azurite, dnsmasq, the ARM simulator and the managed-identity endpoint.");
            console.flush();
            return ExitCode.PASSED;
        } catch (WaveValidationException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException | GeneralSecurityException e) {
            err.println("The local services could not start: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
    }

    private static JenkinsHandoff handoff(Path folder, DemoServices services, LocalManagedIdentityEndpoint identity,
            Path waveFile) throws IOException, GeneralSecurityException {
        Path ca = services.landscape().simulator().writeCertificatePem(folder.resolve("arm-ca.pem"));
        Path trustStore = AgentTrustStore.write(folder.resolve("agent-truststore.p12"),
                services.landscape().simulator().certificate());
        String dnsServer = services.dns().address();
        Path jenkinsfile = AcceptanceJenkinsfile.write(folder.resolve("Jenkinsfile"), waveFile,
                DemoWave.STORAGE_VARIABLE, dnsServer);
        return new JenkinsHandoff(waveFile.toAbsolutePath(), services.azurite(), dnsServer,
                services.landscape().simulator().baseUrl(), ca, trustStore, identity, jenkinsfile);
    }

    /**
     * The same wave naming only the storage account: a freestyle job gives the connection string in its Storage
     * credentials field and has no {@code environment} block to bind the wave's {@code ${env:...}} from.
     */
    static Path writeFreestyleWave(Path waveFile, String blobEndpoint) throws IOException {
        String text = Files.readString(waveFile, StandardCharsets.UTF_8);
        String variable = "connectionString: ${env:" + DemoWave.STORAGE_VARIABLE + "}";
        if (!text.contains(variable)) {
            throw new IllegalStateException("the demo wave no longer says " + variable);
        }
        return Files.writeString(waveFile.resolveSibling(FREESTYLE_WAVE),
                text.replace(variable, "accountUrl: " + blobEndpoint), StandardCharsets.UTF_8);
    }

    /** Empties a folder an earlier serve made; refuses any other non-empty folder rather than delete someone's files. */
    static void prepare(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(folder)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(folder.resolve(MARKER))) {
                throw new IOException(folder + " is not empty and was not made by wave serve; give a new or empty"
                        + " folder");
            }
            DemoServices.deleteRecursively(folder);
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(MARKER), "made by bin/wave serve; emptied when it starts again\n");
    }
}
