package io.jenkins.plugins.azuremigration.engine.copy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.concurrent.ExecutorService;

/** What every disk's copy shares with the rest of the wave: one journal, one connection pool, one rate cap. */
record CopyContext(CopyOptions options, CopyJournal journal, BlobTargets targets, ExecutorService uploads,
        ExecutorService digests, BandwidthLimiter bandwidth, Retrier retrier, CopyListener listener,
        StopSignal stop, ThreadLocal<ByteBuffer> buffers) {

    CopyContext(CopyOptions options, CopyJournal journal, BlobTargets targets, ExecutorService uploads,
            ExecutorService digests, BandwidthLimiter bandwidth, Retrier retrier, CopyListener listener, StopSignal stop) {
        this(options, journal, targets, uploads, digests, bandwidth, retrier, listener, stop, new ThreadLocal<>());
    }

    /**
     * The calling upload thread's chunk buffer, at least {@code size} bytes. One per thread for the whole wave, so
     * memory is bounded by the connection count whatever the number of machines and disks.
     */
    ByteBuffer buffer(int size) {
        ByteBuffer buffer = buffers.get();
        if (buffer == null || buffer.capacity() < size) {
            buffer = ByteBuffer.allocate(Math.max(size, options.chunkSize()));
            buffers.set(buffer);
        }
        return buffer;
    }

    Instant now() {
        return options.clock().instant();
    }

    PageScanner scanner() {
        return new PageScanner(options.chunkSize(), options.minimumGap());
    }
}
