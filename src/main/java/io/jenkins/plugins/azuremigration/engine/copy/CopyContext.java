package io.jenkins.plugins.azuremigration.engine.copy;

import java.time.Instant;
import java.util.concurrent.ExecutorService;

/** What every disk's copy shares with the rest of the wave: one journal, one connection pool, one rate cap. */
record CopyContext(CopyOptions options, CopyJournal journal, BlobTargets targets, ExecutorService uploads,
        ExecutorService digests, BandwidthLimiter bandwidth, Retrier retrier, CopyListener listener,
        StopSignal stop) {

    Instant now() {
        return options.clock().instant();
    }

    PageScanner scanner() {
        return new PageScanner(options.chunkSize(), options.minimumGap());
    }
}
