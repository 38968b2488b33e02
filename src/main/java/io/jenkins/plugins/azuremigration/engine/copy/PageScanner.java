package io.jenkins.plugins.azuremigration.engine.copy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;

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
     * {@code digest} (or none): the whole-file MD5 costs no second read.
     */
    void scan(Path file, long length, RangeSink sink, MessageDigest digest) throws IOException, InterruptedException {
        ByteBuffer buffer = ByteBuffer.allocate(chunkSize);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (long chunkStart = 0; chunkStart < length; chunkStart += chunkSize) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("scan of " + file + " interrupted");
                }
                int size = (int) Math.min(chunkSize, length - chunkStart);
                buffer.clear().limit(size);
                readFully(channel, buffer, chunkStart, file);
                byte[] bytes = buffer.array();
                if (digest != null) {
                    digest.update(bytes, 0, size);
                }
                if (Arrays.mismatch(bytes, 0, size, ZEROS, 0, size) < 0) {
                    continue;
                }
                emitRuns(bytes, size, chunkStart, sink);
            }
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
