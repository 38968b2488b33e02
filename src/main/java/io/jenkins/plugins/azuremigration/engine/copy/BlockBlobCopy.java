package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.core.util.Context;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlockListType;
import com.azure.storage.blob.options.BlockBlobStageBlockOptions;
import com.azure.storage.blob.specialized.BlockBlobClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A disk or file to a block blob: fixed-size blocks staged with Content-MD5 (Put Block, or Put Block From URL when
 * the source is a blob the service can read), then one Put Block List in order. Staged blocks survive a stop for a
 * week, so a resumed run stages only the blocks the journal lacks.
 */
final class BlockBlobCopy extends DiskCopy {
    private static final int MAX_BLOCKS = 50_000;
    private final int configuredBlockSize;
    private int blockSize;

    BlockBlobCopy(CopyContext context, DiskTask task) {
        super(context, task);
        this.configuredBlockSize = context.options().blockSize();
    }

    /** The configured size, grown in whole MiB when the source would need more than 50,000 blocks. */
    static int blockSizeFor(long size, int configured) {
        long needed = (size + MAX_BLOCKS - 1) / MAX_BLOCKS;
        long mib = CopyOptions.MIB;
        return (int) Math.max(configured, (needed + mib - 1) / mib * mib);
    }

    @Override
    String route() {
        if (task().disk().source().isLocal()) {
            return "upload: Put Block and Put Block List from this machine";
        }
        return serviceToService() ? "service to service: Put Block From URL, then Put Block List"
                : "relayed through this machine: ranged reads, Put Block, Put Block List" + fallbackNote();
    }

    @Override
    String planFingerprint() {
        blockSize = blockSizeFor(source().size(), configuredBlockSize);
        return "block,size=" + blockSize;
    }

    @Override
    void prepareTarget(boolean fresh) {
        // a block blob comes into being at Put Block List; staged blocks need no blob
    }

    @Override
    boolean targetMatches() {
        return true;
    }

    @Override
    List<ByteRange> send(ChunkSender sender) throws InterruptedException {
        startSending();
        List<ByteRange> blocks = new ArrayList<>();
        long size = source().size();
        try {
            for (long offset = 0; offset < size; offset += blockSize) {
                ByteRange block = new ByteRange(offset, Math.min(blockSize, size - offset));
                blocks.add(block);
                counters().planned.addAndGet(block.length());
                if (alreadyInAzure(block)) {
                    counters().resumed.addAndGet(block.length());
                } else if (!sender.submit(block, this::stage)) {
                    break;
                }
            }
        } finally {
            sender.awaitAll(); // before the source closes: the writes read from it
        }
        return blocks;
    }

    private void stage(ByteRange block, Retrier.RetryObserver observer) throws IOException, InterruptedException {
        String id = blockId(block);
        if (sentServiceToService("Put Block From URL", block, () -> blockBlob().stageBlockFromUrlWithResponse(id,
                source().serviceReadableUrl(), new BlobRange(block.offset(), block.length()), null, null, null,
                context().options().retry().tryTimeout(), Context.NONE), observer)) {
            return;
        }
        ChunkBody body = readForUpload(block);
        BlockBlobStageBlockOptions stage = new BlockBlobStageBlockOptions(id, body.data()).setContentMd5(body.md5());
        context().retrier().call("Put Block " + block, () -> blockBlob().stageBlockWithResponse(stage,
                context().options().retry().tryTimeout(), Context.NONE), observer);
    }

    @Override
    void finish(List<ByteRange> planned, byte[] sourceMd5) throws InterruptedException {
        List<String> ids = planned.stream().map(this::blockId).toList();
        BlobHttpHeaders headers = new BlobHttpHeaders().setContentType("application/octet-stream").setContentMd5(sourceMd5);
        call("Put Block List", () -> blockBlob().commitBlockListWithResponse(ids, headers, null, null, null,
                context().options().retry().tryTimeout(), Context.NONE));
    }

    @Override
    String verify(List<ByteRange> planned, byte[] sourceMd5) throws InterruptedException {
        int committed = call("Get Block List", () -> blockBlob().listBlocks(BlockListType.COMMITTED))
                .getCommittedBlocks().size();
        if (committed != planned.size()) {
            return committed + " blocks committed, " + planned.size() + " expected";
        }
        return checkLengthAndMd5(sourceMd5);
    }

    /** Same length for every block of a blob, as the service requires: the block's index, zero-padded. */
    private String blockId(ByteRange block) {
        String index = String.format("block-%010d", block.offset() / blockSize);
        return Base64.getEncoder().encodeToString(index.getBytes(StandardCharsets.US_ASCII));
    }

    private BlockBlobClient blockBlob() {
        return blob().getBlockBlobClient();
    }
}
