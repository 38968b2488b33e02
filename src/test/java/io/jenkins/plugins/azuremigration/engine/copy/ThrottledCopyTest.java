package io.jenkins.plugins.azuremigration.engine.copy;

import static io.jenkins.plugins.azuremigration.engine.copy.CopyTestSupport.MIB;
import static io.jenkins.plugins.azuremigration.engine.copy.CopyTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import io.jenkins.plugins.azuremigration.engine.wave.CopyMode;
import io.jenkins.plugins.azuremigration.engine.wave.Machine;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.FaultProxy;
import io.jenkins.plugins.azuremigration.fixtures.FaultProxy.Fault;
import io.jenkins.plugins.azuremigration.fixtures.SparseVhd;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wave under fire: a proxy in front of Azurite throttles and drops a share of requests. */
class ThrottledCopyTest {
    private static AzuriteServer azurite;

    @TempDir
    static Path azuriteData;

    @TempDir
    Path dir;

    @BeforeAll
    static void startAzurite() throws Exception {
        azurite = AzuriteServer.start(azuriteData);
    }

    @AfterAll
    static void stopAzurite() throws Exception {
        azurite.close();
    }

    @Test
    void waveCompletesWithIdenticalContentThroughThrottlingAndDroppedConnections() throws Exception {
        URI upstream = URI.create("http://127.0.0.1:" + azurite.port());
        try (FaultProxy proxy = FaultProxy.start(upstream, 0.2, List.of(Fault.values()), 1, 42)) {
            CopyTestSupport storage = new CopyTestSupport(azurite,
                    "http://127.0.0.1:" + proxy.port() + "/" + AzuriteServer.ACCOUNT);
            List<Machine> machines = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path vhd = SparseVhd.ofDataSize(12 * MIB).seed(i).data(0, 2 * MIB).data(9 * MIB, 3 * MIB)
                        .writeTo(dir.resolve("m" + i + ".vhd"));
                byte[] archive = new byte[(int) (2 * MIB + 17)];
                new Random(i).nextBytes(archive);
                Path tar = Files.write(dir.resolve("m" + i + ".tar"), archive);
                machines.add(machine("m" + i, storage.disk(vhd, "m" + i + ".vhd", BlobType.PAGE),
                        storage.disk(tar, "m" + i + ".tar", BlobType.BLOCK)));
            }
            List<CopyEvent> events = new CopyOnWriteArrayList<>();
            CopyOptions options = CopyOptions.builder(dir.resolve("journal.log")).retry(CopyTestSupport.quickRetries(30))
                    .chunkSize((int) MIB).blockSize((int) MIB).build();

            CopyReport report = WaveCopy.run(storage.wave(dir, 10, CopyMode.ROLLING, machines), options, events::add);

            assertThat(report.machines()).allSatisfy(m -> assertThat(m.status()).as(m.error()).isEqualTo(CopyStatus.SUCCEEDED));
            for (int i = 0; i < 4; i++) {
                assertThat(storage.download("m" + i + ".vhd")).isEqualTo(Files.readAllBytes(dir.resolve("m" + i + ".vhd")));
                assertThat(storage.download("m" + i + ".tar")).isEqualTo(Files.readAllBytes(dir.resolve("m" + i + ".tar")));
            }
            for (Fault fault : Fault.values()) {
                assertThat(proxy.injected(fault)).as(fault.name()).isPositive();
            }
            int retries = report.machines().stream().flatMap(m -> m.disks().stream()).mapToInt(DiskResult::retries).sum();
            int throttled = report.machines().stream().flatMap(m -> m.disks().stream()).mapToInt(DiskResult::throttled).sum();
            int throttling = proxy.injected(Fault.SERVER_BUSY) + proxy.injected(Fault.OPERATION_TIMED_OUT)
                    + proxy.injected(Fault.TOO_MANY_REQUESTS);
            assertThat(throttled).isEqualTo(throttling);
            // the JDK's HttpClient itself retries a GET or HEAD whose connection dropped, so not every drop reaches us
            assertThat(retries).isBetween(throttling, proxy.injectedTotal());
            assertThat(events).filteredOn(e -> e instanceof CopyEvent.Retrying r && r.fault().contains("429"))
                    .allSatisfy(e -> assertThat(((CopyEvent.Retrying) e).delay()).isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(1)));
        }
    }

    @Test
    void unreachableStorageFailsEachMachineClearlyAfterItsRetries() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        CopyTestSupport storage = new CopyTestSupport(azurite, "http://127.0.0.1:" + closedPort + "/" + AzuriteServer.ACCOUNT);
        Path vhd = SparseVhd.ofDataSize(MIB).data(0, 4096).writeTo(dir.resolve("web01.vhd"));
        CopyOptions options = CopyOptions.builder(dir.resolve("journal.log")).retry(CopyTestSupport.quickRetries(3)).build();

        CopyReport report = WaveCopy.run(storage.wave(dir, 10, CopyMode.ROLLING,
                List.of(machine("web01", storage.disk(vhd, "web01.vhd", BlobType.PAGE)))), options, CopyListener.none());

        MachineResult web01 = report.machines().get(0);
        assertThat(web01.status()).isEqualTo(CopyStatus.FAILED);
        // the first request asks whether the target's container exists (through the blob: TargetContainer)
        assertThat(web01.error()).contains("Get Blob Properties").contains("failed after 3 attempt(s): connection failed");
        assertThat(web01.disks().get(0).retries()).isEqualTo(2);
    }
}
