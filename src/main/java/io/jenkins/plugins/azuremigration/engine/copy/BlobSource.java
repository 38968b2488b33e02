package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobType;
import com.azure.storage.blob.models.PageRangeItem;
import com.azure.storage.blob.options.ListPageRangesOptions;
import com.azure.storage.blob.sas.BlobSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A blob copied service to service. Its data is planned from Get Page Ranges (pages never written are never read,
 * never sent); the service reads it directly where it can (Put Page From URL), else this machine relays ranged reads.
 */
final class BlobSource implements CopySource {
    /** Runs one request under the disk's retry policy. */
    interface Requests {
        <T> T call(String what, Supplier<T> request) throws InterruptedException;
    }

    private final BlobClient blob;
    private final BlobProperties properties;
    private final Requests requests;
    private final Duration timeout;
    private final String readableUrl;

    private BlobSource(BlobClient blob, BlobProperties properties, Requests requests, Duration timeout, String readableUrl) {
        this.blob = blob;
        this.properties = properties;
        this.requests = requests;
        this.timeout = timeout;
        this.readableUrl = readableUrl;
    }

    /** Reads the source's properties; a page-blob target needs a page-blob source. */
    static BlobSource open(BlobClient blob, boolean pageTarget, Requests requests, Duration timeout,
            Duration sasLifetime) throws InterruptedException, SourceImage.SourceProblem {
        BlobProperties properties = requests.call("Get Blob Properties (source)", blob::getProperties);
        if (pageTarget && properties.getBlobType() != BlobType.PAGE_BLOB) {
            throw new SourceImage.SourceProblem("the source blob is a " + properties.getBlobType() + ", not a page blob;"
                    + " copy it as type: block");
        }
        return new BlobSource(blob, properties, requests, timeout, readableUrl(blob, sasLifetime));
    }

    /** The source URL with a read-only SAS the service can use, when our credential can sign one. */
    private static String readableUrl(BlobClient blob, Duration lifetime) {
        try {
            String sas = blob.generateSas(new BlobServiceSasSignatureValues(OffsetDateTime.now().plus(lifetime),
                    new BlobSasPermission().setReadPermission(true)));
            return blob.getBlobUrl() + "?" + sas;
        } catch (RuntimeException e) {
            return null; // signed in with a SAS or a token: the service cannot be handed a URL; relay instead
        }
    }

    @Override
    public long size() {
        return properties.getBlobSize();
    }

    @Override
    public String fingerprint() {
        return "etag=" + properties.getETag().replace("\"", "") + ",size=" + properties.getBlobSize();
    }

    @Override
    public String kind() {
        return properties.getBlobType() == BlobType.PAGE_BLOB ? "page blob" : "block blob";
    }

    @Override
    public void planPages(PageScanner scanner, PageScanner.RangeSink sink) throws IOException, InterruptedException {
        for (ByteRange range : dataRanges()) {
            for (long offset = range.offset(); offset < range.end(); offset += scanner.chunkSize()) {
                sink.accept(new ByteRange(offset, Math.min(scanner.chunkSize(), range.end() - offset)));
            }
        }
    }

    private List<ByteRange> dataRanges() throws InterruptedException {
        return requests.call("Get Page Ranges (source)", () -> {
            List<ByteRange> ranges = new ArrayList<>();
            for (PageRangeItem item : blob.getPageBlobClient().listPageRanges(
                    new ListPageRangesOptions(new BlobRange(0)), timeout, Context.NONE)) {
                if (!item.isClear()) {
                    ranges.add(new ByteRange(item.getRange().getOffset(), item.getRange().getLength()));
                }
            }
            return ByteRange.merge(ranges);
        });
    }

    @Override
    public void read(ByteRange range, ByteBuffer buffer) throws InterruptedException {
        byte[] bytes = requests.call("Get Blob range " + range + " (source)", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) range.length());
            blob.downloadStreamWithResponse(out, new BlobRange(range.offset(), range.length()), null, null, false,
                    timeout, Context.NONE);
            return out.toByteArray();
        });
        buffer.clear();
        buffer.put(bytes).flip();
    }

    /** The source's stored Content-MD5 where it has one; otherwise computed from its data, zeros in the gaps. */
    @Override
    public byte[] md5() throws InterruptedException {
        if (properties.getContentMd5() != null) {
            return properties.getContentMd5();
        }
        MessageDigest digest = Digests.md5();
        List<ByteRange> data = properties.getBlobType() == BlobType.PAGE_BLOB ? dataRanges()
                : List.of(new ByteRange(0, Math.max(1, size())));
        byte[] zeros = new byte[1 << 20];
        ByteBuffer buffer = ByteBuffer.allocate(4 << 20);
        long position = 0;
        for (ByteRange range : data) {
            position = feedZeros(digest, zeros, position, range.offset());
            for (long offset = range.offset(); offset < range.end() && offset < size(); offset += buffer.capacity()) {
                ByteRange piece = new ByteRange(offset, Math.min(buffer.capacity(), range.end() - offset));
                read(piece, buffer);
                digest.update(buffer);
                position = piece.end();
            }
        }
        feedZeros(digest, zeros, position, size());
        return digest.digest();
    }

    private static long feedZeros(MessageDigest digest, byte[] zeros, long from, long to) {
        for (long at = from; at < to; at += zeros.length) {
            digest.update(zeros, 0, (int) Math.min(zeros.length, to - at));
        }
        return Math.max(from, to);
    }

    @Override
    public String serviceReadableUrl() {
        return readableUrl;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
