package io.jenkins.plugins.azuremigration.engine.run;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.credential.AccessToken;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmOptions;
import io.jenkins.plugins.azuremigration.engine.copy.CopyOptions;
import io.jenkins.plugins.azuremigration.engine.copy.StopSignal;
import io.jenkins.plugins.azuremigration.engine.dns.ArmEndpointReader;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome.Status;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmSimulator;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** The order of a wave's stages and what stops them: a DNS stage that fails early, a stop request. */
class WaveRunnerTest {
    private static final String ENDPOINT = "/subscriptions/6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f/resourceGroups/"
            + "rg-wave07-network/providers/Microsoft.Network/privateEndpoints/pe-migcache01-blob";

    @TempDir
    Path dir;

    /** Validation looks at local sources: the disks this class's waves name must exist, as a real wave's do. */
    @BeforeEach
    void writeTheDisksTheWavesName() throws IOException {
        DiskImages.fixedVhds(dir, "web01.vhd");
    }

    private Wave wave() throws Exception {
        Path file = dir.resolve("wave.yaml");
        Files.writeString(file, """
                name: wave-07
                storage:
                  connectionString: UseDevelopmentStorage=true
                dns:
                  server: 127.0.0.1:9
                  privateEndpoints:
                    - %s
                machines:
                  - name: web01
                    disks: [{source: web01.vhd, target: "http://127.0.0.1:9/devstoreaccount1/vhds/web01.vhd"}]
                """.formatted(ENDPOINT));
        return WaveParser.parse(file, name -> null);
    }

    private RunOptions options(ArmClient arm, StopSignal stop, List<String> log) {
        return new RunOptions(EnumSet.of(Stage.DNS, Stage.COPY), false, false, null,
                CopyOptions.builder(dir.resolve("journal.log")).stopSignal(stop).build(), arm,
                arm == null ? null : new ArmEndpointReader(arm)::read, true, log::add, event -> { },
                Clock.systemDefaultZone());
    }

    @Test
    void theCopyDoesNotStartWhenTheDnsStageFailedBeforeItCouldResolveAnything() throws Exception {
        try (ArmSimulator sim = ArmSimulator.start()) {
            sim.documents(Path.of("src/test/resources/dns/arm/wave07"));
            sim.faults().on("GET", ".*privateEndpoints/pe-migcache01-blob.*").error(5, 403, "AuthorizationFailed",
                    "The client does not have authorization to perform action 'Microsoft.Network/privateEndpoints/read'");
            ArmClient arm = ArmClient.create(ArmOptions.builder(request -> Mono.just(new AccessToken("t",
                    OffsetDateTime.now().plusHours(1)))).endpoint(sim.baseUri())
                    .httpClient(new JdkHttpClientBuilder(HttpClient.newBuilder().sslContext(sim.sslContext())).build())
                    .retries(0, Duration.ofMillis(10), Duration.ofMillis(20)).build());

            WaveResults results = WaveRunner.run(wave(), options(arm, null, new ArrayList<>()));

            assertThat(results.outcome(Stage.DNS).status()).isEqualTo(Status.FAILED);
            assertThat(results.outcome(Stage.DNS).reason()).contains("AuthorizationFailed");
            assertThat(results.dns()).as("no report: nothing was resolved").isNull();
            assertThat(results.outcome(Stage.COPY).status()).isEqualTo(Status.SKIPPED);
            assertThat(results.outcome(Stage.COPY).reason()).startsWith("private-link DNS failed");
            assertThat(results.copy()).isNull();
        }
    }

    @Test
    void aStopRequestedBeforeAStageStartsLeavesItAndTheRestNotRun() throws Exception {
        StopSignal stop = StopSignal.windowEndingAt(null, Clock.systemDefaultZone());
        stop.request("stopped from Jenkins");
        List<String> log = new ArrayList<>();

        WaveResults results = WaveRunner.run(wave(), options(null, stop, log));

        assertThat(results.stages()).allSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(Status.NOT_RUN));
        assertThat(results.outcome(Stage.DNS).reason()).isEqualTo("not started: stopped from Jenkins");
        assertThat(results.outcome(Stage.AGENTS).reason()).isEqualTo("not requested");
        assertThat(log).contains("[copy] not_run: not started: stopped from Jenkins");
    }
}
