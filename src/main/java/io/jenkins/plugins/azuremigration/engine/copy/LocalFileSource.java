package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A disk image or file on the machine that runs the copy (the on-premises Jenkins agent). */
final class LocalFileSource implements CopySource {
    private final SourceImage image;
    private final FileChannel channel;

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
        scanner.scan(image.file(), image.size(), sink);
    }

    @Override
    public void read(ByteRange range, ByteBuffer buffer) throws IOException {
        buffer.clear().limit((int) range.length());
        PageScanner.readFully(channel, buffer, range.offset(), image.file());
    }

    @Override
    public byte[] md5() throws IOException {
        return Digests.md5(image.file());
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
