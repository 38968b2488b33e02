package io.jenkins.plugins.azuremigration.engine.copy;

import static io.jenkins.plugins.azuremigration.engine.copy.CopyTestSupport.MIB;
import static io.jenkins.plugins.azuremigration.engine.copy.CopyTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.MachineFinished;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.MachineStarted;
import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import io.jenkins.plugins.azuremigration.engine.wave.CopyMode;
import io.jenkins.plugins.azuremigration.engine.wave.Machine;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.SparseVhd;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 25 machines against a real Azurite: never more than ten in flight, by the engine's own account. */
class BatchingTest {
    private static AzuriteServer azurite;

    @TempDir
    static Path azuriteData;

    @TempDir
    static Path disks;

    @TempDir
    Path dir;

    private static final List<Path> IMAGES = new ArrayList<>();

    @BeforeAll
    static void startAzuriteAndWriteDisks() throws Exception {
        azurite = AzuriteServer.start(azuriteData);
        for (int i = 0; i < 25; i++) {
            IMAGES.add(SparseVhd.ofDataSize(2 * MIB).seed(i).data(0, 64 * 1024).data(MIB + 4096 * i, 4096)
                    .writeTo(disks.resolve("m" + i + ".vhd")));
        }
    }

    @AfterAll
    static void stopAzurite() throws Exception {
        azurite.close();
    }

    @Test
    void rollingWindowKeepsTenInFlightAndNeverMore() throws Exception {
        List<CopyEvent> events = copy(CopyMode.ROLLING, 10);

        int maximum = events.stream().filter(MachineStarted.class::isInstance)
                .mapToInt(e -> ((MachineStarted) e).machinesInFlight()).max().orElse(0);
        assertThat(maximum).isEqualTo(10);
        assertThat(maxConcurrent(events)).isEqualTo(10);
        assertThat(events).filteredOn(MachineFinished.class::isInstance).hasSize(25)
                .allSatisfy(e -> assertThat(((MachineFinished) e).status()).isEqualTo(CopyStatus.SUCCEEDED));
    }

    @Test
    void strictBatchesStartOnlyWhenThePreviousBatchEnded() throws Exception {
        List<CopyEvent> events = copy(CopyMode.BATCHES, 10);

        Map<Integer, List<String>> batches = new HashMap<>();
        Map<String, Integer> batchOf = new HashMap<>();
        for (CopyEvent event : events) {
            if (event instanceof MachineStarted started) {
                batches.computeIfAbsent(started.batch(), b -> new ArrayList<>()).add(started.machine());
                batchOf.put(started.machine(), started.batch());
            }
        }
        assertThat(batches.keySet()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(batches.get(3)).hasSize(5);
        // every start of batch N+1 comes after every finish of batch N, in the order the engine reported them
        for (int batch = 1; batch < 3; batch++) {
            int lastFinish = -1;
            int firstStartOfNext = Integer.MAX_VALUE;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof MachineFinished f && batchOf.get(f.machine()) == batch) {
                    lastFinish = Math.max(lastFinish, i);
                }
                if (events.get(i) instanceof MachineStarted s && s.batch() == batch + 1) {
                    firstStartOfNext = Math.min(firstStartOfNext, i);
                }
            }
            assertThat(firstStartOfNext).as("batch %d starts after batch %d ended", batch + 1, batch).isGreaterThan(lastFinish);
        }
        assertThat(maxConcurrent(events)).isLessThanOrEqualTo(10);
    }

    @Test
    void windowEndStopsAdmittingReportsTheRestHonestlyAndTheNextRunFinishes() throws Exception {
        CopyTestSupport storage = new CopyTestSupport(azurite);
        List<Machine> machines = machines(storage);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T05:29:00Z"));
        CopyListener closeWindowOnFirstStart = event -> {
            if (event instanceof MachineStarted) {
                clock.set(Instant.parse("2026-11-28T05:31:00Z"));
            }
        };
        CopyOptions options = CopyOptions.builder(dir.resolve("journal.log")).clock(clock).build();

        CopyReport stopped = WaveCopy.run(storage.wave(dir, 10, CopyMode.ROLLING, machines).withStopAt(LocalTime.of(5, 30)),
                options, closeWindowOnFirstStart);

        assertThat(stopped.stopReason()).isEqualTo("the copy window closed at 05:30 (copy.stopAt)");
        assertThat(stopped.count(CopyStatus.NOT_ATTEMPTED)).isGreaterThanOrEqualTo(15);
        assertThat(stopped.machines()).allSatisfy(m -> assertThat(m.status()).isIn(CopyStatus.SUCCEEDED,
                CopyStatus.STOPPED, CopyStatus.NOT_ATTEMPTED));
        assertThat(stopped.machines()).filteredOn(m -> m.status() == CopyStatus.NOT_ATTEMPTED)
                .allSatisfy(m -> assertThat(m.error()).isEqualTo(stopped.stopReason()));
        assertThat(storage.exists("m24.vhd")).isFalse();

        clock.set(Instant.parse("2026-11-28T22:00:00Z"));
        CopyReport next = WaveCopy.run(storage.wave(dir, 10, CopyMode.ROLLING, machines), options, CopyListener.none());
        assertThat(next.machines()).allSatisfy(m -> assertThat(m.status()).isEqualTo(CopyStatus.SUCCEEDED));
        assertThat(storage.download("m24.vhd")).isEqualTo(java.nio.file.Files.readAllBytes(IMAGES.get(24)));
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant value) {
            now = value;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private List<CopyEvent> copy(CopyMode mode, int batchSize) throws Exception {
        CopyTestSupport storage = new CopyTestSupport(azurite);
        List<CopyEvent> events = new CopyOnWriteArrayList<>();
        CopyOptions options = CopyOptions.builder(dir.resolve("journal.log")).build();
        CopyReport report = WaveCopy.run(storage.wave(dir, batchSize, mode, machines(storage)), options, events::add);
        assertThat(report.machines()).allSatisfy(m -> assertThat(m.status()).as(m.error()).isEqualTo(CopyStatus.SUCCEEDED));
        return events;
    }

    private static List<Machine> machines(CopyTestSupport storage) {
        List<Machine> machines = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            machines.add(machine("m" + i, storage.disk(IMAGES.get(i), "m" + i + ".vhd", BlobType.PAGE)));
        }
        return machines;
    }

    /** Machines between their started and finished events, replayed in the order the engine emitted them. */
    private static int maxConcurrent(List<CopyEvent> events) {
        int running = 0;
        int maximum = 0;
        for (CopyEvent event : events) {
            if (event instanceof MachineStarted) {
                maximum = Math.max(maximum, ++running);
            } else if (event instanceof MachineFinished) {
                running--;
            }
        }
        return maximum;
    }
}
