package io.jenkins.plugins.azuremigration.jenkins.common;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import hudson.AbortException;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmOptions;
import io.jenkins.plugins.azuremigration.engine.copy.CopyOptions;
import io.jenkins.plugins.azuremigration.engine.copy.ProgressPrinter;
import io.jenkins.plugins.azuremigration.engine.copy.StopSignal;
import io.jenkins.plugins.azuremigration.engine.dns.ArmEndpointReader;
import io.jenkins.plugins.azuremigration.engine.report.RedactedResults;
import io.jenkins.plugins.azuremigration.engine.report.WaveReports;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.engine.run.RunOptions;
import io.jenkins.plugins.azuremigration.engine.run.WaveRunner;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine run of one step on the agent, on its own thread, so that a stop (the stop file written by the
 * controller, or the interruption of an aborted build) becomes a clean checkpoint of the copy instead of a thread
 * killed halfway through a chunk. Anything still running after the grace period is interrupted.
 */
final class StageWorker {
    /**
     * How long a stopped run may take to land its chunks in flight and checkpoint: short enough that the Pipeline
     * {@code timeout} step, which waits 60 s for a stopped body, still gets the reports archived.
     */
    static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration ENGINE_EXIT = Duration.ofSeconds(70);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(30);

    private final Wave wave;
    private final StageRequest request;
    private final AzureAccess access;
    private final Path workspace;
    private final MaskingLog log;
    private final Clock clock = Clock.systemDefaultZone();
    private final StopSignal stop;
    private final String owner;

    StageWorker(Wave wave, StageRequest request, AzureAccess access, Path workspace, MaskingLog log, String owner,
            java.time.Instant windowEnd) {
        this.wave = wave;
        this.owner = owner;
        this.request = request;
        this.access = access;
        this.workspace = workspace;
        this.log = log;
        this.stop = StopSignal.until(windowEnd, clock);
    }

    RunOptions options() {
        HttpClient http = new JdkHttpClientBuilder().proxy(access.proxy() == null ? null
                : access.proxy().toProxyOptions()).build();
        TokenCredential credential = credential(http);
        ArmClient arm = credential == null ? null : arm(credential, http);
        CopyOptions copy = CopyOptions.builder(workspace.resolve(request.journal())).stopSignal(stop).clock(clock)
                .httpClient(http).storageCredential(credential).build();
        return new RunOptions(request.stages(), request.dryRun(), request.revoke(), request.dnsServer(), copy, arm,
                arm == null ? null : new ArmEndpointReader(arm)::read, false, log,
                new ProgressPrinter(log, PROGRESS_INTERVAL), clock);
    }

    private TokenCredential credential(HttpClient http) {
        try {
            return access.tokenCredential(wave.cloud(), wave.azure().tenantId(), http);
        } catch (IllegalArgumentException e) {
            // a service principal without a tenant: the stages that need Azure say they cannot run, the rest run
            log.accept(request.step() + ": " + e.getMessage());
            return null;
        }
    }

    private ArmClient arm(TokenCredential credential, HttpClient http) {
        ArmOptions.Builder options = ArmOptions.builder(credential).cloud(wave.cloud()).httpClient(http);
        if (wave.azure().resourceManagerEndpoint() != null) {
            options.endpoint(wave.azure().resourceManagerEndpoint());
        }
        return ArmClient.create(options.build());
    }

    /** A stop file names the run it stops; one naming another run is left over from a crash and is removed. */
    private boolean stopAskedFor(Path stopFile) throws IOException {
        if (!Files.exists(stopFile)) {
            return false;
        }
        String asker = Files.readString(stopFile, StandardCharsets.UTF_8).trim();
        if (asker.equals(owner) || asker.equals(RunLock.takeoverMarker(owner))) {
            return true;
        }
        Files.deleteIfExists(stopFile);
        return false;
    }

    /**
     * Runs the stages (the caller holds the folder's {@link RunLock}), watching {@code stopFile}, and writes the four
     * reports into {@code out}. An interruption stops the copy cleanly, writes the reports if the run ended within the
     * grace period, then propagates.
     */
    WaveResults run(Path stopFile, Path out) throws IOException, InterruptedException {
        if (stopAskedFor(stopFile)) {
            stopRequested("the build was aborted before the run started");
        }
        RunOptions options = options();
        AtomicReference<WaveResults> results = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                results.set(WaveRunner.run(wave, options));
            } catch (InterruptedException e) {
                failure.set(e);
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, request.step() + " " + wave.name());
        thread.start();
        try {
            while (thread.isAlive()) {
                thread.join(1000);
                if (!stop.isStopping() && stopAskedFor(stopFile)) {
                    stopRequested("the build was aborted: stopping at the next checkpoint");
                }
            }
        } catch (InterruptedException e) {
            stopRequested("the build was interrupted: stopping at the next checkpoint");
            thread.join(STOP_GRACE.toMillis());
            thread.interrupt();
            // the engine's own threads end with it; only then may the lock go to another run
            thread.join(ENGINE_EXIT.toMillis());
            if (results.get() != null) {
                WaveReports.writeAll(results.get(), out);
            }
            throw e;
        } finally {
            Files.deleteIfExists(stopFile);
        }
        // the controller prints and returns what the reports say: free text passed through the engine's redaction
        WaveResults finished = RedactedResults.of(outcome(results.get(), failure.get()));
        WaveReports.writeAll(finished, out);
        return finished;
    }

    private void stopRequested(String why) {
        stop.request("stopped from Jenkins");
        log.accept(request.step() + ": " + why);
    }

    private WaveResults outcome(WaveResults results, Throwable failure) throws IOException, InterruptedException {
        if (failure instanceof InterruptedException interrupted) {
            throw interrupted;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            // the engine reports expected failures in its results; this is a bug, named by its type only
            throw new AbortException(request.step() + ": the wave run ended with an unexpected "
                    + failure.getClass().getName() + "; see the agent's log");
        }
        return results;
    }
}
