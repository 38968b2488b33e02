package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.models.BlobProperties;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.Warning;
import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The life of one disk's copy, the same for page and block blobs and for local and blob sources: check the source,
 * resume or start over according to the journal, send the chunks, finish the blob, verify it against the source,
 * and say what happened.
 */
abstract class DiskCopy {
    private final CopyContext context;
    private final DiskTask task;
    private final DiskCounters counters = new DiskCounters();
    private CopySource source;
    private BlobClient blob;
    private CopyJournal.DiskState resumedState;
    private volatile boolean serviceToService;
    private volatile String fallbackReason;

    DiskCopy(CopyContext context, DiskTask task) {
        this.context = context;
        this.task = task;
    }

    /** Which copy path ran, for the reports. */
    abstract String route();

    /** Creates (fresh) or keeps (resumed) the target blob. */
    abstract void prepareTarget(boolean fresh) throws InterruptedException;

    /** Whether the blob an earlier run wrote is still there with the right shape, so that resuming is safe. */
    abstract boolean targetMatches() throws InterruptedException;

    /** Plans and sends every chunk not already in Azure; returns the planned chunks. */
    abstract List<ByteRange> send(ChunkSender sender) throws IOException, InterruptedException;

    /** Makes the blob whole once every chunk landed (headers, block list). */
    abstract void finish(List<ByteRange> planned, byte[] sourceMd5) throws InterruptedException;

    /** Null when the blob matches the source; otherwise what differs. */
    abstract String verify(List<ByteRange> planned, byte[] sourceMd5) throws InterruptedException;

    /** The parameters that shape the chunk plan: a change means earlier chunks no longer line up. */
    abstract String planFingerprint();

    DiskResult run() throws InterruptedException {
        Instant started = context.now();
        try (CopySource opened = openSource()) {
            source = opened;
            if (resumeOrStart()) {
                counters.planned.set(source.size());
                counters.resumed.set(source.size());
                return result(CopyStatus.SUCCEEDED, started, "verified in an earlier run", null);
            }
            // a local page-blob source is digested by its scan; anything else is read by a digest thread meanwhile
            boolean digestedByScan = task.disk().type() == BlobType.PAGE
                    && source.md5KnownAfterPlanning();
            Future<byte[]> sourceMd5 = digestedByScan ? null : context.digests().submit(source::md5);
            ChunkSender sender = new ChunkSender(context, task.machine(), task.target(), task.key(), counters);
            List<ByteRange> planned = send(sender);
            sender.progress(true);
            if (counters.failure() != null || counters.done() < counters.planned.get()) {
                if (sourceMd5 != null) {
                    sourceMd5.cancel(true);
                }
                if (counters.failure() != null) {
                    return result(CopyStatus.FAILED, started, null, counters.failure());
                }
                String stopReason = context.stop().reason();
                return stopReason != null ? result(CopyStatus.STOPPED, started, null, stopReason)
                        : result(CopyStatus.FAILED, started, null, "some chunks were not sent and no reason was"
                                + " recorded; run the same command again to resume");
            }
            byte[] md5 = sourceMd5 == null ? source.md5() : await(sourceMd5);
            finish(planned, md5);
            String mismatch = verify(planned, md5);
            if (mismatch != null) {
                return result(CopyStatus.FAILED, started, null, "verification failed: " + mismatch);
            }
            context.journal().diskDone(task.key());
            return result(CopyStatus.SUCCEEDED, started, "page ranges, length and Content-MD5 match the source", null);
        } catch (SourceImage.SourceProblem e) {
            return result(CopyStatus.FAILED, started, null, e.getMessage());
        } catch (StorageRequestException e) {
            return result(CopyStatus.FAILED, started, null, e.getMessage());
        } catch (CheckpointWriteException e) {
            return result(CopyStatus.FAILED, started, null, e.getMessage());
        } catch (IOException e) {
            return result(CopyStatus.FAILED, started, null, "copy failed: " + FileErrors.describe(e));
        }
    }

    private CopySource openSource() throws IOException, InterruptedException, SourceImage.SourceProblem {
        blob = context.targets().blob(task.disk().target());
        if (task.disk().source().isLocal()) {
            CopySource local = LocalFileSource.open(task.file(), task.disk().type());
            TargetContainer.prepare(blob, this::call);
            return local;
        }
        BlobClient sourceBlob = context.targets().blob(task.disk().source().blobUrl());
        CopySource remote = BlobSource.open(sourceBlob, task.disk().type() == BlobType.PAGE, this::call,
                context.options().retry().tryTimeout(), Duration.ofHours(24));
        TargetContainer.prepare(blob, this::call);
        return remote;
    }

    /** True when an earlier run already copied and verified this very source. */
    private boolean resumeOrStart() throws IOException, InterruptedException {
        String fingerprint = source.fingerprint() + "," + planFingerprint();
        CopyJournal.DiskState state = context.journal().state(task.key());
        if (state != null && state.fingerprint().equals(fingerprint) && targetMatches()) {
            if (state.isDone()) {
                return true;
            }
            resumedState = state;
            prepareTarget(false);
            return false;
        }
        if (state != null) {
            warn(state.fingerprint().equals(fingerprint)
                    ? "the blob an earlier run wrote is gone or has another size: copying again from the start"
                    : "the source changed since the last run (size or modification time): copying again from the start");
        }
        context.journal().startDisk(task.key(), fingerprint);
        prepareTarget(true);
        return false;
    }

    /** The bytes of one chunk, ready to send with their Content-MD5. */
    record ChunkBody(BinaryData data, byte[] md5) {
    }

    /** Whether chunks go service to service: decided per disk when sending starts, dropped at the first 501. */
    void startSending() {
        serviceToService = source.serviceReadableUrl() != null;
    }

    boolean serviceToService() {
        return serviceToService;
    }

    /** Why the copy relays data although the source is a blob, for the route; empty when it never had to. */
    String fallbackNote() {
        return fallbackReason == null ? "" : " (" + fallbackReason + ")";
    }

    /**
     * Sends the chunk with {@code fromUrl} (the service reads the source itself) while the service supports it.
     * False when this machine must relay the data: the source is local, or the service answered that it has no such
     * operation (then every later chunk of the disk relays too, with one warning).
     */
    boolean sentServiceToService(String operation, ByteRange chunk, Supplier<?> fromUrl, Retrier.RetryObserver observer)
            throws InterruptedException {
        if (!serviceToService) {
            return false;
        }
        try {
            context.retrier().call(operation + " " + chunk, fromUrl, observer);
            return true;
        } catch (StorageRequestException e) {
            if (!e.isUnsupportedOperation()) {
                throw e;
            }
            serviceToService = false;
            fallbackReason = "the service answered HTTP " + e.status() + " to " + operation;
            warn("the storage service does not support " + operation + "; relaying the data through this machine");
            return false;
        }
    }

    /** Reads the chunk into this thread's buffer, digests it and waits for the wave's bandwidth cap. */
    ChunkBody readForUpload(ByteRange chunk) throws IOException, InterruptedException {
        ByteBuffer buffer = context.buffer((int) chunk.length());
        source.read(chunk, buffer);
        int length = (int) chunk.length();
        byte[] md5 = Digests.md5(buffer.array(), 0, length);
        context.bandwidth().acquire(length);
        // BinaryData over the array: the SDK sends it as it is, with no stream adapter thread in between
        return new ChunkBody(BinaryData.fromByteBuffer(ByteBuffer.wrap(buffer.array(), 0, length)), md5);
    }

    boolean alreadyInAzure(ByteRange chunk) {
        return resumedState != null && resumedState.has(chunk);
    }

    String checkLengthAndMd5(byte[] sourceMd5) throws InterruptedException {
        BlobProperties properties = call("Get Blob Properties", blob::getProperties);
        if (properties.getBlobSize() != source.size()) {
            return "the blob is " + properties.getBlobSize() + " bytes, the source " + source.size();
        }
        if (!Arrays.equals(properties.getContentMd5(), sourceMd5)) {
            return "the blob's Content-MD5 differs from the source's";
        }
        return null;
    }

    <T> T call(String what, Supplier<T> request) throws InterruptedException {
        return context.retrier().call(what + " " + task.target(), request, (fault, attempt, delay) -> {
            counters.retries.incrementAndGet();
            if (fault.throttled()) {
                counters.throttled.incrementAndGet();
            }
        });
    }

    void warn(String message) {
        context.listener().on(new Warning(context.now(), task.machine(), task.target() + ": " + message));
    }

    private DiskResult result(CopyStatus status, Instant started, String verification, String error) {
        long total = source == null ? 0 : source.size();
        // skipped bytes are known only once the whole source was planned
        long skipped = status == CopyStatus.SUCCEEDED ? Math.max(0, total - counters.planned.get()) : 0;
        return new DiskResult(task.disk().source().toString(), task.target(), task.disk().type(), status, total,
                counters.sent.get(), skipped, counters.resumed.get(), Duration.between(started, context.now()),
                counters.retries.get(), counters.throttled.get(), verification, route(), error);
    }

    private static <T> T await(Future<T> future) throws InterruptedException, IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(String.valueOf(e.getCause().getMessage()));
        }
    }

    CopyContext context() {
        return context;
    }

    CopySource source() {
        return source;
    }

    BlobClient blob() {
        return blob;
    }

    DiskCounters counters() {
        return counters;
    }

    DiskTask task() {
        return task;
    }
}
