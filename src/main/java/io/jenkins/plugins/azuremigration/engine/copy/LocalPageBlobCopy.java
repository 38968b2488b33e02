package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.core.util.Context;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.PageRange;
import com.azure.storage.blob.models.PageRangeItem;
import com.azure.storage.blob.options.ListPageRangesOptions;
import com.azure.storage.blob.specialized.PageBlobClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A local disk image to a sparse page blob: only runs of non-zero pages are sent (Put Page, with Content-MD5),
 * then the blob's page ranges, length and Content-MD5 are checked against the source.
 */
final class LocalPageBlobCopy extends LocalDiskCopy {
    private final ThreadLocal<ByteBuffer> buffers;

    LocalPageBlobCopy(CopyContext context, DiskTask task) {
        super(context, task);
        this.buffers = ThreadLocal.withInitial(() -> ByteBuffer.allocate(context.options().chunkSize()));
    }

    @Override
    String planFingerprint() {
        return "page,chunk=" + context().options().chunkSize() + ",gap=" + context().options().minimumGap();
    }

    @Override
    String route() {
        return "upload: Put Page of non-zero ranges from this machine";
    }

    @Override
    void prepareTarget(boolean fresh) throws InterruptedException {
        PageBlobClient blob = pageBlob();
        if (fresh) {
            call("Create Page Blob", () -> blob.create(source().size(), true));
        }
    }

    @Override
    boolean targetMatches() throws InterruptedException {
        try {
            return call("Get Blob Properties", () -> pageBlob().getProperties()).getBlobSize() == source().size();
        } catch (StorageRequestException e) {
            return false;
        }
    }

    @Override
    List<ByteRange> send(ChunkSender sender) throws IOException, InterruptedException {
        List<ByteRange> planned = Collections.synchronizedList(new ArrayList<>());
        try (FileChannel channel = FileChannel.open(source().file(), StandardOpenOption.READ)) {
            try {
                context().scanner().scan(source().file(), source().size(), range -> {
                    planned.add(range);
                    counters().planned.addAndGet(range.length());
                    if (alreadyInAzure(range)) {
                        counters().resumed.addAndGet(range.length());
                    } else if (!sender.submit(range, (chunk, observer) -> putPage(channel, chunk, observer))) {
                        throw new StopScanning();
                    }
                });
            } catch (StopScanning e) {
                // the disk failed or the wave is stopping: what is in flight finishes, nothing new starts
            } finally {
                sender.awaitAll(); // before the channel closes: the uploads read from it
            }
        }
        return planned;
    }

    private void putPage(FileChannel channel, ByteRange chunk, Retrier.RetryObserver observer)
            throws IOException, InterruptedException {
        ByteBuffer buffer = buffers.get();
        buffer.clear().limit((int) chunk.length());
        PageScanner.readFully(channel, buffer, chunk.offset(), source().file());
        byte[] bytes = buffer.array();
        int length = (int) chunk.length();
        byte[] md5 = Digests.md5(bytes, 0, length);
        context().bandwidth().acquire(length);
        PageRange range = new PageRange().setStart(chunk.offset()).setEnd(chunk.end() - 1);
        context().retrier().call("Put Page " + chunk, () -> pageBlob().uploadPagesWithResponse(range,
                new ByteArrayInputStream(bytes, 0, length), md5, null, context().options().retry().tryTimeout(),
                Context.NONE), observer);
    }

    @Override
    void finish(List<ByteRange> planned, byte[] sourceMd5) throws InterruptedException {
        call("Set Blob Properties", () -> {
            pageBlob().setHttpHeaders(new BlobHttpHeaders().setContentType("application/octet-stream")
                    .setContentMd5(sourceMd5));
            return null;
        });
    }

    @Override
    String verify(List<ByteRange> planned, byte[] sourceMd5) throws InterruptedException {
        PageBlobClient blob = pageBlob();
        List<ByteRange> written = call("Get Page Ranges", () -> {
            List<ByteRange> ranges = new ArrayList<>();
            for (PageRangeItem item : blob.listPageRanges(new ListPageRangesOptions(new BlobRange(0)), null, Context.NONE)) {
                if (!item.isClear()) {
                    ranges.add(new ByteRange(item.getRange().getOffset(), item.getRange().getLength()));
                }
            }
            return ranges;
        });
        List<ByteRange> expected = ByteRange.merge(planned);
        List<ByteRange> actual = ByteRange.merge(written);
        if (!expected.equals(actual)) {
            return "page ranges differ: expected " + summary(expected) + ", found " + summary(actual);
        }
        return checkLengthAndMd5(sourceMd5);
    }

    private static String summary(List<ByteRange> ranges) {
        return ranges.size() + " ranges, " + ByteRange.totalLength(ranges) + " bytes"
                + (ranges.size() <= 4 ? " " + ranges : "");
    }

    private PageBlobClient pageBlob() {
        return blob().getPageBlobClient();
    }

    /** Ends a scan early; carries no information. */
    private static final class StopScanning extends IOException {
        private static final long serialVersionUID = 1L;

        StopScanning() {
            super("scan ended early");
        }
    }
}
