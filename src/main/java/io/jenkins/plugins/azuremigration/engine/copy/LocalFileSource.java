package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/** A disk image or file on the machine that runs the copy (the on-premises Jenkins agent). */
final class LocalFileSource implements CopySource {
    private final SourceImage image;
    private final FileChannel channel;
    private volatile byte[] scannedMd5;

    private LocalFileSource(SourceImage image, FileChannel channel) {
        this.image = image;
        this.channel = channel;
    }

    /** Checks the file (a page-blob source must be a fixed VHD or whole sectors) and opens it. */
    static LocalFileSource open(Path file, BlobType type) throws IOException, SourceImage.SourceProblem {
        SourceImage image = SourceImage.inspect(file, type);
        return new LocalFileSource(image, FileChannel.open(file, StandardOpenOption.READ));
    }

    @Override
    public long size() {
        return image.size();
    }

    @Override
    public String fingerprint() {
        return image.fingerprint();
    }

    @Override
    public String kind() {
        return image.kind();
    }

    @Override
    public void planPages(PageScanner scanner, PageScanner.RangeSink sink) throws IOException, InterruptedException {
        MessageDigest digest = Digests.md5();
        scanner.scan(image.file(), image.size(), sink, digest);
        scannedMd5 = digest.digest();
    }

    @Override
    public void read(ByteRange range, ByteBuffer buffer) throws IOException {
        buffer.clear().limit((int) range.length());
        PageScanner.readFully(channel, buffer, range.offset(), image.file());
    }

    @Override
    public boolean md5KnownAfterPlanning() {
        return true;
    }

    /** From the page scan when it read the whole file; otherwise (block blobs) one read of its own. */
    @Override
    public byte[] md5() throws IOException {
        byte[] known = scannedMd5;
        return known != null ? known : Digests.md5(image.file());
    }

    @Override
    public String serviceReadableUrl() {
        return null;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
