package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How the copy engine runs, beyond what the wave file says. Immutable; build with {@link #builder(Path)}.
 * {@code journal} is the checkpoint file (next to the reports). {@code httpClient} is the seam for proxies and
 * tests; by default the JDK's HttpClient. {@code storageCredential} signs in to {@code storage.accountUrl} with
 * Entra ID when the wave gives no SAS; the SDK fetches a new token before the old one expires, so a night-long
 * copy outlives any single token.
 */
public record CopyOptions(Path journal, RetryPolicy retry, int chunkSize, int minimumGap, int blockSize,
        int maxChunksPerDisk, Clock clock, StopSignal stopSignal, HttpClient httpClient, TokenCredential storageCredential) {
    public static final int MIB = 1024 * 1024;

    public CopyOptions {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(httpClient, "httpClient");
        if (chunkSize > 4 * MIB || chunkSize % 512 != 0 || minimumGap % 512 != 0 || blockSize < MIB
                || maxChunksPerDisk < 1) {
            throw new IllegalArgumentException("chunkSize <= 4 MiB and 512-aligned, gap 512-aligned, block >= 1 MiB");
        }
    }

    public static Builder builder(Path journal) {
        return new Builder(journal);
    }

    /** Collects options; every setter returns the builder. */
    public static final class Builder {
        private final Path journal;
        private RetryPolicy retry = RetryPolicy.defaults();
        private int chunkSize = 4 * MIB;
        private int minimumGap = 64 * 1024;
        private int blockSize = 8 * MIB;
        private int maxChunksPerDisk = 8;
        private Clock clock = Clock.systemDefaultZone();
        private StopSignal stopSignal;
        private HttpClient httpClient;
        private TokenCredential storageCredential;

        private Builder(Path journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
        }

        public Builder retry(RetryPolicy value) {
            this.retry = value;
            return this;
        }

        public Builder chunkSize(int value) {
            this.chunkSize = value;
            return this;
        }

        public Builder minimumGap(int value) {
            this.minimumGap = value;
            return this;
        }

        public Builder blockSize(int value) {
            this.blockSize = value;
            return this;
        }

        public Builder maxChunksPerDisk(int value) {
            this.maxChunksPerDisk = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** A signal to stop the copy from outside; by default one that only the wave's window end fires. */
        public Builder stopSignal(StopSignal value) {
            this.stopSignal = value;
            return this;
        }

        public Builder httpClient(HttpClient value) {
            this.httpClient = value;
            return this;
        }

        /** The Entra ID identity for {@code storage.accountUrl} without a SAS. */
        public Builder storageCredential(TokenCredential value) {
            this.storageCredential = value;
            return this;
        }

        public CopyOptions build() {
            return new CopyOptions(journal, retry, chunkSize, minimumGap, blockSize, maxChunksPerDisk, clock,
                    stopSignal, httpClient != null ? httpClient : BlobTargets.defaultHttpClient(), storageCredential);
        }
    }
}
