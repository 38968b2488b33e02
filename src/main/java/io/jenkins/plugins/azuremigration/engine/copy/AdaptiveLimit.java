package io.jenkins.plugins.azuremigration.engine.copy;

/**
 * How many chunks of one disk may be in flight: halved when the service throttles that disk (a page blob takes
 * about 500 requests/s and 60 MiB/s), grown back by one after a run of successes. Blocks callers above the limit.
 */
final class AdaptiveLimit {
    private final int maximum;
    private int limit;
    private int inFlight;
    private int successes;

    AdaptiveLimit(int maximum) {
        this.maximum = maximum;
        this.limit = maximum;
    }

    synchronized void acquire() throws InterruptedException {
        while (inFlight >= limit) {
            wait();
        }
        inFlight++;
    }

    synchronized void release() {
        inFlight--;
        notifyAll();
    }

    synchronized void throttled() {
        limit = Math.max(1, limit / 2);
        successes = 0;
    }

    synchronized void succeeded() {
        if (limit < maximum && ++successes >= 4 * limit) {
            limit++;
            successes = 0;
        }
    }

    synchronized int limit() {
        return limit;
    }

    /** Waits until nothing is in flight. */
    synchronized void awaitIdle() throws InterruptedException {
        while (inFlight > 0) {
            wait();
        }
    }
}
