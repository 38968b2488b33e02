package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.DiskProgress;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.Retrying;
import java.io.IOException;
import java.util.concurrent.Phaser;
import java.util.concurrent.RejectedExecutionException;

/**
 * Sends one disk's chunks on the wave's shared upload pool, at most {@link AdaptiveLimit} at a time, journalling
 * each one as it lands. The first chunk that fails for good fails the disk: nothing more is sent for it.
 */
final class ChunkSender {
    /** Sends one chunk; throws {@link StorageRequestException} (retries exhausted) or IOException (source). */
    interface Send {
        void send(ByteRange chunk, Retrier.RetryObserver observer) throws IOException, InterruptedException;
    }

    private final CopyContext context;
    private final String machine;
    private final String target;
    private final String diskKey;
    private final DiskCounters counters;
    private final AdaptiveLimit limit;
    private final Phaser pending = new Phaser(1);
    private volatile long lastProgressNanos;

    ChunkSender(CopyContext context, String machine, String target, String diskKey, DiskCounters counters) {
        this.context = context;
        this.machine = machine;
        this.target = target;
        this.diskKey = diskKey;
        this.counters = counters;
        this.limit = new AdaptiveLimit(context.options().maxChunksPerDisk());
    }

    /** False when the disk has failed or the wave is stopping: the caller stops producing chunks. */
    boolean submit(ByteRange chunk, Send send) throws InterruptedException {
        if (counters.failure() != null || context.stop().isStopping()) {
            return false;
        }
        limit.acquire();
        pending.register();
        try {
            context.uploads().execute(() -> run(chunk, send));
        } catch (RejectedExecutionException e) {
            pending.arriveAndDeregister();
            limit.release();
            throw new InterruptedException("the upload pool was shut down");
        }
        return true;
    }

    /** Waits for every submitted chunk to land or fail. */
    void awaitAll() throws InterruptedException {
        int phase = pending.arrive();
        pending.awaitAdvanceInterruptibly(phase);
    }

    private void run(ByteRange chunk, Send send) {
        try {
            if (counters.failure() != null) {
                return;
            }
            send.send(chunk, (fault, attempt, delay) -> {
                counters.retries.incrementAndGet();
                if (fault.throttled()) {
                    counters.throttled.incrementAndGet();
                    limit.throttled();
                }
                context.listener().on(new Retrying(context.now(), machine, target, fault.description(),
                        fault.throttled(), delay));
            });
            context.journal().chunkDone(diskKey, chunk);
            counters.sent.addAndGet(chunk.length());
            limit.succeeded();
            progress(false);
        } catch (StorageRequestException e) {
            counters.fail(e.getMessage());
        } catch (CheckpointWriteException e) {
            counters.fail(e.getMessage()); // the report folder's fault, not the source's
        } catch (IOException e) {
            counters.fail("reading the source failed: " + FileErrors.describe(e));
        } catch (InterruptedException e) {
            counters.fail("interrupted");
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a bug or an SDK surprise must fail this disk visibly, never leave a chunk silently unsent
            counters.fail("unexpected " + e.getClass().getSimpleName() + " while sending " + chunk);
        } catch (Error e) {
            counters.fail(e.getClass().getSimpleName() + " while sending " + chunk
                    + (e instanceof OutOfMemoryError ? ": give the JVM more heap or lower copy.connections" : ""));
            throw e;
        } finally {
            limit.release();
            pending.arriveAndDeregister();
        }
    }

    /** At most four progress events a second per disk, and always the last one. */
    void progress(boolean finished) {
        long now = System.nanoTime();
        if (finished || now - lastProgressNanos > 250_000_000L) {
            lastProgressNanos = now;
            context.listener().on(new DiskProgress(context.now(), machine, target, counters.done(),
                    counters.planned.get(), finished));
        }
    }
}
