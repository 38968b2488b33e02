package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.core.util.Context;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.PageRange;
import com.azure.storage.blob.models.PageRangeItem;
import com.azure.storage.blob.options.ListPageRangesOptions;
import com.azure.storage.blob.options.PageBlobUploadPagesOptions;
import com.azure.storage.blob.specialized.PageBlobClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A disk to a sparse page blob: only ranges that hold data are written (Put Page with Content-MD5, or Put Page From
 * URL when the source is a blob the service can read), then the blob's page ranges, length and Content-MD5 are
 * checked against the source.
 */
final class PageBlobCopy extends DiskCopy {

    PageBlobCopy(CopyContext context, DiskTask task) {
        super(context, task);
    }

    @Override
    String planFingerprint() {
        return "page,chunk=" + context().options().chunkSize() + ",gap=" + context().options().minimumGap();
    }

    @Override
    String route() {
        if (task().disk().source().isLocal()) {
            return "upload: Put Page of non-zero ranges from this machine";
        }
        return serviceToService() ? "service to service: Put Page From URL of the source's page ranges"
                : "relayed through this machine: ranged reads of the source's page ranges, then Put Page"
                        + fallbackNote();
    }

    @Override
    void prepareTarget(boolean fresh) throws InterruptedException {
        if (fresh) {
            call("Create Page Blob", () -> pageBlob().create(source().size(), true));
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
        startSending();
        List<ByteRange> planned = Collections.synchronizedList(new ArrayList<>());
        try {
            source().planPages(context().scanner(), range -> {
                planned.add(range);
                counters().planned.addAndGet(range.length());
                if (alreadyInAzure(range)) {
                    counters().resumed.addAndGet(range.length());
                } else if (!sender.submit(range, this::write)) {
                    throw new StopPlanning();
                }
            });
        } catch (StopPlanning e) {
            // the disk failed or the wave is stopping: what is in flight finishes, nothing new starts
        } finally {
            sender.awaitAll(); // before the source closes: the writes read from it
        }
        return planned;
    }

    private void write(ByteRange chunk, Retrier.RetryObserver observer) throws IOException, InterruptedException {
        PageRange range = new PageRange().setStart(chunk.offset()).setEnd(chunk.end() - 1);
        if (sentServiceToService("Put Page From URL", chunk, () -> pageBlob().uploadPagesFromUrlWithResponse(range,
                source().serviceReadableUrl(), chunk.offset(), null, null, null,
                context().options().retry().tryTimeout(), Context.NONE), observer)) {
            return;
        }
        ChunkBody body = readForUpload(chunk);
        PageBlobUploadPagesOptions upload = new PageBlobUploadPagesOptions(range, body.data()).setContentMd5(body.md5());
        context().retrier().call("Put Page " + chunk, () -> pageBlob().uploadPagesWithResponse(upload,
                context().options().retry().tryTimeout(), Context.NONE), observer);
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
        List<ByteRange> written = call("Get Page Ranges", () -> {
            List<ByteRange> ranges = new ArrayList<>();
            for (PageRangeItem item : pageBlob().listPageRanges(new ListPageRangesOptions(new BlobRange(0)),
                    context().options().retry().tryTimeout(), Context.NONE)) {
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

    /** Ends planning early; carries no information. */
    private static final class StopPlanning extends IOException {
        private static final long serialVersionUID = 1L;

        StopPlanning() {
            super("planning ended early");
        }
    }
}
