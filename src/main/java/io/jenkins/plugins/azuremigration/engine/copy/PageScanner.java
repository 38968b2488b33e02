package io.jenkins.plugins.azuremigration.engine.copy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Finds the data of a page-blob source: reads the file once, chunk by chunk ({@code chunkSize}, 4 MiB: the largest
 * Put Page), and hands each run of non-zero 512-byte pages to a {@link RangeSink}. Runs closer than
 * {@code minimumGap} are sent as one write: a few zero pages cost less than a second request. All-zero chunks are
 * never sent. Holes of a sparse file read as zeros from the page cache without disk I/O.
 */
final class PageScanner {
    static final int PAGE = 512;
    /** Compared against, never written: shared by every scan. */
    private static final byte[] ZEROS = new byte[4 * 1024 * 1024];
    private static final Future<?> DONE = CompletableFuture.completedFuture(null);

    private final int chunkSize;
    private final int minimumGap;

    /** Receives the ranges to write, in file order; may block to apply backpressure. */
    interface RangeSink {
        void accept(ByteRange range) throws InterruptedException, IOException;
    }

    PageScanner(int chunkSize, int minimumGap) {
        if (chunkSize <= 0 || chunkSize % PAGE != 0 || minimumGap < 0 || minimumGap % PAGE != 0) {
            throw new IllegalArgumentException("chunk size and gap must be multiples of 512");
        }
        this.chunkSize = chunkSize;
        this.minimumGap = minimumGap;
    }

    int chunkSize() {
        return chunkSize;
    }

    /**
     * Scans {@code length} bytes of {@code file} (the whole disk, footer included), feeding every byte read to
     * {@code digest} (or none): the whole-file MD5 costs no second read. MD5 is the slower of the two (about
     * 600 MB/s against several GB/s for the zero check), so it runs on a thread of its own over a small ring of
     * buffers while this thread reads and checks the next ones.
     */
    void scan(Path file, long length, RangeSink sink, MessageDigest digest) throws IOException, InterruptedException {
        ByteBuffer[] ring = {ByteBuffer.allocate(chunkSize), ByteBuffer.allocate(chunkSize), ByteBuffer.allocate(chunkSize)};
        List<Future<?>> digested = new ArrayList<>(List.of(DONE, DONE, DONE));
        ExecutorService digester = digest == null ? null : Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "wave-scan-digest");
            thread.setDaemon(true);
            return thread;
        });
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            int slot = 0;
            for (long chunkStart = 0; chunkStart < length; chunkStart += chunkSize, slot = (slot + 1) % ring.length) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("scan of " + file + " interrupted");
                }
                await(digested.get(slot)); // the digest thread is done with this buffer
                ByteBuffer buffer = ring[slot];
                int size = (int) Math.min(chunkSize, length - chunkStart);
                buffer.clear().limit(size);
                readFully(channel, buffer, chunkStart, file);
                byte[] bytes = buffer.array();
                if (digester != null) {
                    digested.set(slot, digester.submit(() -> digest.update(bytes, 0, size)));
                }
                if (Arrays.mismatch(bytes, 0, size, ZEROS, 0, size) >= 0) {
                    emitRuns(bytes, size, chunkStart, sink);
                }
            }
            for (Future<?> pending : digested) {
                await(pending);
            }
        } finally {
            if (digester != null) {
                digester.shutdownNow();
            }
        }
    }

    private static void await(Future<?> future) throws InterruptedException, IOException {
        try {
            future.get();
        } catch (ExecutionException e) {
            throw new IOException("digest failed: " + e.getCause(), e.getCause());
        }
    }

    private void emitRuns(byte[] bytes, int size, long chunkStart, RangeSink sink)
            throws IOException, InterruptedException {
        int runStart = -1;
        int runEnd = -1;
        for (int page = 0; page < size; page += PAGE) {
            int pageLength = Math.min(PAGE, size - page);
            if (Arrays.mismatch(bytes, page, page + pageLength, ZEROS, 0, pageLength) < 0) {
                continue;
            }
            if (runStart >= 0 && page - runEnd >= minimumGap) {
                sink.accept(new ByteRange(chunkStart + runStart, runEnd - runStart));
                runStart = -1;
            }
            if (runStart < 0) {
                runStart = page;
            }
            runEnd = page + PAGE;
        }
        if (runStart >= 0) {
            sink.accept(new ByteRange(chunkStart + runStart, Math.min(runEnd, size) - runStart));
        }
    }

    static void readFully(FileChannel channel, ByteBuffer buffer, long position, Path file) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new IOException(file + " ended at byte " + at + " while it was being copied; did it shrink?");
            }
            at += read;
        }
        buffer.flip();
    }
}
