package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.AbortException;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome.Status;
import io.jenkins.plugins.azuremigration.engine.report.WaveReports;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.DemoWave;
import io.jenkins.plugins.azuremigration.fixtures.DnsmasqServer;
import io.jenkins.plugins.azuremigration.fixtures.SparseVhd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Pipeline step sends to the agent, run against real services: Azurite for storage and dnsmasq for the
 * on-premises DNS, in a workspace holding the demo wave. The storage secret comes from the step's credential (the
 * wave names only the account), as a Jenkins job would give it.
 */
class WaveRunCallableTest {
    private static final long MIB = 1024 * 1024;
    /** 10 MB/s: the 128 MiB disk takes about 13 s, eight chunks in flight about 3 s. */
    private static final int CAP_MBPS = 80;
    private static final String OWNER = "wave-07#12 azureMigrationWave 5f0c";
    private static AzuriteServer azurite;
    private static DnsmasqServer dns;

    @TempDir
    Path workspace;

    @BeforeAll
    static void startServices(@TempDir Path services) throws Exception {
        azurite = AzuriteServer.start(services.resolve("azurite"));
        dns = DnsmasqServer.start(services.resolve("dns"), DemoWave.dnsZone());
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (azurite != null) {
            azurite.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    @BeforeEach
    void demoWaveInTheWorkspace() throws Exception {
        Path wave = DemoWave.write(workspace.resolve("waves"), azurite.blobEndpoint(), dns.address(),
                "https://127.0.0.1:9/");
        String text = Files.readString(wave, StandardCharsets.UTF_8)
                .replace("connectionString: ${env:" + DemoWave.STORAGE_VARIABLE + "}",
                        "accountUrl: " + azurite.blobEndpoint());
        Files.writeString(wave, text, StandardCharsets.UTF_8);
    }

    private static StageRequest request(Set<Stage> stages, List<String> machines, int capMbps) {
        return new StageRequest("azureMigrationWave", stages, false, false, null, machines, 0, capMbps, null, null,
                null, "night", false, new StageRequest.Connection(null, null, "wave-storage"));
    }

    private static AzureAccess storageOnly() {
        return AzureAccess.managedIdentity(null).withStorageSecret("wave-storage", azurite.connectionString());
    }

    private WaveResults run(StageRequest request, AzureAccess access, RecordingListener console) throws Exception {
        return new WaveRunCallable(WaveSource.of("waves/demo-wave.yaml", null), request, access, Map.of(), console,
                OWNER).invoke(workspace.toFile(), null);
    }

    @Test
    void checksDnsThenCopiesTheNamedMachinesAndWritesTheReportsIntoTheWorkspace() throws Exception {
        RecordingListener console = new RecordingListener();

        WaveResults results = run(request(EnumSet.of(Stage.DNS, Stage.COPY), List.of("web01", "DB01"), -1),
                storageOnly(), console);

        assertThat(results.outcome(Stage.DNS).status()).isEqualTo(Status.PASSED);
        assertThat(results.outcome(Stage.COPY).status()).as(console.text()).isEqualTo(Status.PASSED);
        assertThat(results.outcome(Stage.AGENTS).status()).isEqualTo(Status.NOT_RUN);
        assertThat(results.copy().machines()).extracting(MachineResult::name).containsExactly("web01", "db01");
        assertThat(results.copy().machines()).allSatisfy(m -> assertThat(m.status()).isEqualTo(CopyStatus.SUCCEEDED));
        for (String report : WaveReports.FILE_NAMES) {
            assertThat(workspace.resolve("night").resolve(report)).isNotEmptyFile();
        }
        assertThat(workspace.resolve("night/copy-journal.log")).exists();
        assertThat(ReturnValues.machines(results)).extracting(row -> row.get("status"))
                .containsExactly("SUCCEEDED", "SUCCEEDED");
        String everything = console.text() + Files.readString(workspace.resolve("night/wave-report.json"));
        assertThat(everything).doesNotContain(AzuriteServer.ACCOUNT_KEY);

        WaveReportAction action = new WaveReportAction(1, "azureMigrationWave", results,
                StepVerdict.of(results, request(EnumSet.of(Stage.DNS, Stage.COPY), List.of(), -1)));
        assertThat(action.getMachinesOk()).isEqualTo(2);
        assertThat(action.getMachinesFailed() + action.getMachinesSkipped() + action.getMachinesLeft()).isZero();
        assertThat(action.getStages()).containsEntry("dns", "PASSED").containsEntry("copy", "PASSED")
                .containsEntry("agents", "NOT_RUN");
        assertThat(action.getHtmlReportUrl()).isEqualTo("artifact/azure-migration-1/wave-report.html");
        assertThat(WaveReportAction.machineRows(workspace.resolve("night/wave-report.json").toFile()))
                .extracting(row -> row.get("name") + " " + row.get("status") + " " + row.get("batch"))
                .containsExactly("web01 SUCCEEDED 1", "db01 SUCCEEDED 1");
    }

    /** web01 with 128 MiB of data (32 chunks), so that a stop leaves chunks unsent whatever is in flight. */
    private void bigDisk() throws Exception {
        SparseVhd.ofDataSize(128 * MIB).seed(7).data(0, 128 * MIB).writeTo(workspace.resolve("waves/disks/web01-os.vhd"));
    }

    /** Waits until the copy has journalled its first chunk: it is under way. */
    private void awaitFirstChunk(StageRequest request, Thread run, RecordingListener console) throws Exception {
        Path journal = workspace.resolve(request.journal());
        while (!Files.exists(journal) || Files.readString(journal).lines().noneMatch(l -> l.startsWith("chunk"))) {
            Thread.sleep(50);
            assertThat(run.isAlive()).as(console.text()).isTrue();
        }
    }

    @Test
    void theStopFileWrittenByAbortCheckpointsTheCopyAndTheNextRunResumesIt() throws Exception {
        bigDisk();
        RecordingListener first = new RecordingListener();
        AtomicReference<WaveResults> stopped = new AtomicReference<>();
        StageRequest slow = request(EnumSet.of(Stage.COPY), List.of("web01"), CAP_MBPS);
        Thread run = new Thread(() -> {
            try {
                stopped.set(run(slow, storageOnly(), first));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        run.start();
        awaitFirstChunk(slow, run, first);
        Files.writeString(workspace.resolve(slow.stopFile()), OWNER);
        run.join(60_000);

        assertThat(stopped.get().outcome(Stage.COPY).status()).as(first.text()).isEqualTo(Status.STOPPED);
        assertThat(first.text()).contains("the build was aborted: stopping at the next checkpoint");
        assertThat(workspace.resolve(slow.stopFile())).doesNotExist();

        RecordingListener second = new RecordingListener();
        WaveResults resumed = run(request(EnumSet.of(Stage.COPY), List.of("web01"), -1), storageOnly(), second);

        assertThat(resumed.copy().machines()).singleElement()
                .satisfies(m -> assertThat(m.status()).as(second.text()).isEqualTo(CopyStatus.SUCCEEDED));
        long sentFirst = stopped.get().copy().machines().get(0).bytesSent();
        var disk = resumed.copy().machines().get(0).disks().get(0);
        assertThat(sentFirst).isPositive();
        assertThat(disk.bytesResumed()).as("resumed from the checkpoint, not restarted").isEqualTo(sentFirst);
        assertThat(disk.bytesSent()).isPositive();
    }

    @Test
    void anAbortBeforeTheRunStartedStopsItAtOnceAndAStopFileOfAnotherRunIsLeftOver() throws Exception {
        StageRequest copy = request(EnumSet.of(Stage.COPY), List.of("web01"), -1);
        Files.createDirectories(workspace.resolve("night"));
        Files.writeString(workspace.resolve(copy.stopFile()), OWNER);
        RecordingListener aborted = new RecordingListener();

        WaveResults stopped = run(copy, storageOnly(), aborted);

        assertThat(stopped.outcome(Stage.COPY).status()).as(aborted.text()).isEqualTo(Status.NOT_RUN);
        assertThat(stopped.outcome(Stage.COPY).reason()).isEqualTo("not started: stopped from Jenkins");
        assertThat(stopped.copy()).as("nothing was copied").isNull();
        assertThat(aborted.text()).contains("the build was aborted before the run started");

        Files.writeString(workspace.resolve(copy.stopFile()), "wave-07#9 azureMigrationCopy 77aa");
        RecordingListener next = new RecordingListener();
        WaveResults copied = run(copy, storageOnly(), next);

        assertThat(copied.outcome(Stage.COPY).status()).as(next.text()).isEqualTo(Status.PASSED);
        assertThat(workspace.resolve(copy.stopFile())).doesNotExist();
    }

    @Test
    void anInterruptedRunStopsCleanlyWritesItsReportsAndPropagatesTheInterruption() throws Exception {
        bigDisk();
        RecordingListener console = new RecordingListener();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        StageRequest slow = request(EnumSet.of(Stage.COPY), List.of("web01"), CAP_MBPS);
        Thread run = new Thread(() -> {
            try {
                run(slow, storageOnly(), console);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        run.start();
        awaitFirstChunk(slow, run, console);
        run.interrupt();
        run.join(60_000);

        assertThat(thrown.get()).as(console.text()).isInstanceOf(InterruptedException.class);
        assertThat(console.text()).contains("the build was interrupted: stopping at the next checkpoint");
        JsonNode report = new ObjectMapper().readTree(workspace.resolve("night/wave-report.json").toFile());
        assertThat(report.path("copy").path("machines").get(0).path("status").asText()).isEqualTo("STOPPED");
    }

    @Test
    void anInvalidWaveEndsTheStepListingEveryProblemBeforeAnythingRuns() throws Exception {
        Files.writeString(workspace.resolve("waves/demo-wave.yaml"), "name: demo wave\ncopy:\n  batchSize: 11\n");

        assertThatThrownBy(() -> run(request(EnumSet.of(Stage.COPY), List.of(), -1), storageOnly(),
                new RecordingListener()))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("azureMigrationWave: wave waves/demo-wave.yaml has")
                .hasMessageContaining("waves/demo-wave.yaml:3:")
                .hasMessageContaining("nothing was run");
        assertThat(workspace.resolve("night/wave-report.json")).doesNotExist();
    }

    @Test
    void unknownMachinesEndTheStepNamingThem() {
        assertThatThrownBy(() -> run(request(EnumSet.of(Stage.COPY), List.of("web01", "mail01"), -1), storageOnly(),
                new RecordingListener())).isInstanceOf(AbortException.class)
                .hasMessageStartingWith("azureMigrationWave: machines: [mail01] not in wave demo-wave");
    }

    @Test
    void aServicePrincipalWithoutTenantLeavesTheAzureStagesNotRunAndNeverPrintsItsSecret() throws Exception {
        RecordingListener console = new RecordingListener();
        String secret = "sp-secret-canary-7f3a";

        WaveResults results = run(request(EnumSet.of(Stage.AGENTS, Stage.DNS), List.of(), -1),
                AzureAccess.servicePrincipal("azure-sp", "00000000-0000-0000-0000-00000000c1d0", secret), console);

        assertThat(results.outcome(Stage.AGENTS).status()).isEqualTo(Status.NOT_RUN);
        assertThat(results.outcome(Stage.DNS).status()).isEqualTo(Status.PASSED);
        assertThat(console.text()).contains("tenantId: a service principal (credentials 'azure-sp') needs its Entra ID tenant");
        for (String report : WaveReports.FILE_NAMES) {
            assertThat(Files.readString(workspace.resolve("night").resolve(report))).doesNotContain(secret);
        }
        assertThat(console.text()).doesNotContain(secret);
    }
}
