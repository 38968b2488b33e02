package io.jenkins.plugins.azuremigration.engine.copy;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Runs one storage request under a {@link RetryPolicy}, telling a {@link RetryObserver} about every retry. */
final class Retrier {
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    /** Sleeps interruptibly; a seam so that tests of the arithmetic need not wait. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    interface RetryObserver {
        void retrying(StorageFault fault, int attempt, Duration delay);
    }

    Retrier(RetryPolicy policy, Sleeper sleeper) {
        this.policy = policy;
        this.sleeper = sleeper;
    }

    static Retrier sleeping(RetryPolicy policy) {
        return new Retrier(policy, duration -> Thread.sleep(duration.toMillis()));
    }

    RetryPolicy policy() {
        return policy;
    }

    /** The request's result; throws {@link StorageRequestException} when it fails for good. */
    <T> T call(String what, Supplier<T> request, RetryObserver observer) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (RuntimeException e) {
                StorageFault fault = StorageFault.of(e);
                if (!fault.transientFault() || attempt >= policy.maxAttempts()) {
                    throw new StorageRequestException(what + " failed after " + attempt + " attempt(s): "
                            + fault.description(), fault);
                }
                Duration delay = delayBefore(attempt, fault);
                observer.retrying(fault, attempt, delay);
                sleeper.sleep(delay);
            }
        }
    }

    /** Full jitter on the exponential backoff, but never less than what the service asked for. */
    Duration delayBefore(int attempt, StorageFault fault) {
        long ceiling = policy.backoff(attempt).toMillis();
        long jittered = ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        return Duration.ofMillis(Math.max(jittered, fault.retryAfter().toMillis()));
    }
}
