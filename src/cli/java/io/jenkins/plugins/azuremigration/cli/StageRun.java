package io.jenkins.plugins.azuremigration.cli;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmOptions;
import io.jenkins.plugins.azuremigration.engine.azure.AzureCredentials;
import io.jenkins.plugins.azuremigration.engine.azure.StaticTokenCredential;
import io.jenkins.plugins.azuremigration.engine.copy.CopyOptions;
import io.jenkins.plugins.azuremigration.engine.copy.ProgressPrinter;
import io.jenkins.plugins.azuremigration.engine.dns.ArmEndpointReader;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome;
import io.jenkins.plugins.azuremigration.engine.report.WaveReports;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.engine.run.RunOptions;
import io.jenkins.plugins.azuremigration.engine.run.WaveRunner;
import io.jenkins.plugins.azuremigration.engine.wave.StorageSettings;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs some of a wave's stages from the command line and writes their results; shared by the stage commands. */
final class StageRun {
    /** What a command asks for. */
    record Request(Set<Stage> stages, boolean dryRun, boolean revoke, String dnsServer, Path out) {
    }

    private StageRun() {
    }

    /** How the command line reaches ARM: the defaults, or a token file and an extra trusted certificate. */
    record ArmAccess(Path accessTokenFile, Path trustedCertificate) {
        static ArmAccess defaults() {
            return new ArmAccess(null, null);
        }
    }

    /** An ARM client for the wave: its cloud (or azure.resourceManagerEndpoint), signed in by the command-line chain. */
    static ArmClient armFor(Wave wave) {
        return armFor(wave, ArmAccess.defaults());
    }

    /**
     * An ARM client for the wave. With {@code accessTokenFile} it sends that token instead of signing in; with
     * {@code trustedCertificate} (PEM) it trusts exactly that certificate, e.g. the local simulator's.
     */
    static ArmClient armFor(Wave wave, ArmAccess access) {
        HttpClient.Builder jdk = HttpClient.newBuilder();
        if (access.trustedCertificate() != null) {
            jdk.sslContext(TrustedCertificate.sslContext(access.trustedCertificate()));
        }
        var http = new JdkHttpClientBuilder(jdk).build();
        ArmOptions.Builder options = ArmOptions.builder(access.accessTokenFile() != null
                ? new StaticTokenCredential(access.accessTokenFile())
                : AzureCredentials.commandLineChain(wave.cloud(), wave.azure().tenantId(), http))
                .cloud(wave.cloud()).httpClient(http);
        if (wave.azure().resourceManagerEndpoint() != null) {
            options.endpoint(wave.azure().resourceManagerEndpoint());
        }
        return ArmClient.create(options.build());
    }

    /**
     * {@code storage.accountUrl} without {@code storage.sas} copies as whoever runs the wave, signed in to Entra ID by
     * the command-line chain (AZURE_* variables, workload or managed identity, az login), as docs/wave-file.md says;
     * the other storage settings carry their own secret.
     */
    private static TokenCredential storageCredential(Wave wave, Request request) {
        StorageSettings storage = wave.storage();
        boolean entraId = storage.connectionString() == null && storage.accountUrl() != null && storage.sas() == null;
        return entraId && request.stages().contains(Stage.COPY)
                ? AzureCredentials.commandLineChain(wave.cloud(), wave.azure().tenantId(), new JdkHttpClientBuilder().build())
                : null;
    }

    static int run(Wave wave, Request request, ArmClient arm, boolean simulated, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        RunOptions options = new RunOptions(request.stages(), request.dryRun(), request.revoke(), request.dnsServer(),
                CopyOptions.builder(request.out().resolve("copy-journal.log"))
                        .storageCredential(storageCredential(wave, request)).build(), arm,
                arm == null ? null : new ArmEndpointReader(arm)::read, simulated, out::println,
                new ProgressPrinter(out::println, Duration.ofSeconds(5)), Clock.systemDefaultZone());
        WaveResults results = WaveRunner.run(wave, options);
        if (results.copy() != null) {
            ProgressPrinter.printSummary(out::println, results.copy());
        }
        try {
            List<Path> written = WaveReports.writeAll(results, request.out());
            out.println("reports: " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        } catch (IOException e) {
            err.println("Cannot write the results into " + request.out() + ": " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        for (StageOutcome outcome : results.stages()) {
            if (outcome.status() == StageOutcome.Status.NOT_RUN && request.stages().contains(outcome.stage())) {
                err.println(outcome.stage().id() + " did not run: " + outcome.reason());
                return ExitCode.ENVIRONMENT;
            }
        }
        return results.passed() ? ExitCode.PASSED : ExitCode.FAILED;
    }
}
