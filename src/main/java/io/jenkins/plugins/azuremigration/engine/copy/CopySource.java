package io.jenkins.plugins.azuremigration.engine.copy;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Where a disk's bytes come from: a local image on this machine, or a blob copied service to service. */
interface CopySource extends AutoCloseable {
    long size();

    /** Changes whenever the source's content may have changed: a resumed copy starts over when it differs. */
    String fingerprint();

    /** What the source is, for messages: "fixed VHD", "raw image", "file", "page blob", "block blob". */
    String kind();

    /** Emits the ranges that hold data, in order, none longer than the scanner's chunk size. */
    void planPages(PageScanner scanner, PageScanner.RangeSink sink) throws IOException, InterruptedException;

    /** Reads {@code range} into {@code buffer} (cleared first, flipped after). */
    void read(ByteRange range, ByteBuffer buffer) throws IOException, InterruptedException;

    /** The whole source's MD5. */
    byte[] md5() throws IOException, InterruptedException;

    /** True when {@link #planPages} computes the MD5 on its way (one read of the source instead of two). */
    default boolean md5KnownAfterPlanning() {
        return false;
    }

    /** A URL the storage service itself can read the source from (short-lived read SAS), or null if none. */
    String serviceReadableUrl();

    @Override
    void close() throws IOException;
}
