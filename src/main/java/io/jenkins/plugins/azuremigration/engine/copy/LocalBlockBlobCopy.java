package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.core.util.Context;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlockListType;
import com.azure.storage.blob.specialized.BlockBlobClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A local file to a block blob: fixed-size blocks staged with Content-MD5 (Put Block), then one Put Block List in
 * order. Staged blocks survive a stop for a week, so a resumed run stages only the blocks the journal lacks.
 */
final class LocalBlockBlobCopy extends LocalDiskCopy {
    private static final int MAX_BLOCKS = 50_000;
    private final int blockSize;
    private final ThreadLocal<ByteBuffer> buffers;

    LocalBlockBlobCopy(CopyContext context, DiskTask task, long sourceSize) {
        super(context, task);
        this.blockSize = blockSizeFor(sourceSize, context.options().blockSize());
        this.buffers = ThreadLocal.withInitial(() -> ByteBuffer.allocate(blockSize));
    }

    /** The configured size, grown in whole MiB when the file would need more than 50,000 blocks. */
    static int blockSizeFor(long size, int configured) {
        long needed = (size + MAX_BLOCKS - 1) / MAX_BLOCKS;
        long mib = CopyOptions.MIB;
        return (int) Math.max(configured, (needed + mib - 1) / mib * mib);
    }

    @Override
    String route() {
        return "upload: Put Block and Put Block List from this machine";
    }

    @Override
    String planFingerprint() {
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
    List<ByteRange> send(ChunkSender sender) throws IOException, InterruptedException {
        List<ByteRange> blocks = new ArrayList<>();
        long size = source().size();
        try (FileChannel channel = FileChannel.open(source().file(), StandardOpenOption.READ)) {
            for (long offset = 0; offset < size; offset += blockSize) {
                ByteRange block = new ByteRange(offset, Math.min(blockSize, size - offset));
                blocks.add(block);
                counters().planned.addAndGet(block.length());
                if (alreadyInAzure(block)) {
                    counters().resumed.addAndGet(block.length());
                } else if (!sender.submit(block, (chunk, observer) -> putBlock(channel, chunk, observer))) {
                    break;
                }
            }
            sender.awaitAll(); // before the channel closes: the uploads read from it
        }
        if (size == 0) {
            counters().planned.set(0);
        }
        return blocks;
    }

    private void putBlock(FileChannel channel, ByteRange block, Retrier.RetryObserver observer)
            throws IOException, InterruptedException {
        ByteBuffer buffer = buffers.get();
        buffer.clear().limit((int) block.length());
        PageScanner.readFully(channel, buffer, block.offset(), source().file());
        byte[] bytes = buffer.array();
        int length = (int) block.length();
        byte[] md5 = Digests.md5(bytes, 0, length);
        context().bandwidth().acquire(length);
        String id = blockId(block);
        context().retrier().call("Put Block " + block, () -> blockBlob().stageBlockWithResponse(id,
                new ByteArrayInputStream(bytes, 0, length), length, md5, null,
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
