package io.jenkins.plugins.azuremigration.engine.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a chunk that blows up leaves behind: a failed disk with a reason, never a silently missing chunk. */
class ChunkSenderTest {
    @TempDir
    Path dir;

    @Test
    void anUnexpectedExceptionOrErrorFailsTheDiskWithItsType() throws Exception {
        ExecutorService uploads = Executors.newFixedThreadPool(2);
        try (CopyJournal journal = CopyJournal.open(dir.resolve("journal.log"))) {
            journal.startDisk("disk", "fingerprint");
            CopyContext context = new CopyContext(CopyOptions.builder(dir.resolve("journal.log")).build(), journal, null,
                    uploads, null, BandwidthLimiter.forMegabits(0), Retrier.sleeping(RetryPolicy.defaults()),
                    CopyListener.none(), StopSignal.windowEndingAt(null, Clock.systemUTC()));

            DiskCounters bug = new DiskCounters();
            ChunkSender first = new ChunkSender(context, "web01", "target", "disk", bug);
            first.submit(new ByteRange(0, 512), (chunk, observer) -> {
                throw new IllegalStateException("a surprise");
            });
            first.awaitAll();

            DiskCounters memory = new DiskCounters();
            ChunkSender second = new ChunkSender(context, "web01", "target", "disk", memory);
            second.submit(new ByteRange(512, 512), (chunk, observer) -> {
                throw new OutOfMemoryError("simulated");
            });
            second.awaitAll();

            assertThat(bug.failure()).isEqualTo("unexpected IllegalStateException while sending [0, 512)");
            assertThat(memory.failure()).isEqualTo("OutOfMemoryError while sending [512, 1024): give the JVM more heap"
                    + " or lower copy.connections");
            assertThat(bug.sent.get() + memory.sent.get()).isZero();
            assertThat(journal.state("disk").has(new ByteRange(0, 512))).isFalse();
        } finally {
            uploads.shutdownNow();
        }
    }
}
