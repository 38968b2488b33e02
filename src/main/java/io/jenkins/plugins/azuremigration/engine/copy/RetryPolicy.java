package io.jenkins.plugins.azuremigration.engine.copy;

import java.time.Duration;
import java.util.Objects;

/**
 * How a storage request is retried under throttling and transient faults: at most {@code maxAttempts} tries,
 * exponential backoff from {@code baseDelay} up to {@code maxDelay} with full jitter, and at least the service's
 * {@code Retry-After}. Defaults follow AzCopy's patience (20 tries), not azure-core's (3).
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration tryTimeout) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(tryTimeout, "tryTimeout");
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(20, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(5));
    }

    /** The delay before retry number {@code retry} (1-based), before jitter: base * 2^(retry-1), capped. */
    Duration backoff(int retry) {
        long base = baseDelay.toMillis();
        long capped = Math.min(maxDelay.toMillis(), base << Math.min(retry - 1, 20));
        return Duration.ofMillis(Math.max(capped, 0));
    }
}
