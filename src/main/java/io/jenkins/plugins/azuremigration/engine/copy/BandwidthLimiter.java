package io.jenkins.plugins.azuremigration.engine.copy;

/**
 * One upload-rate cap for the whole wave ({@code copy.capMbps}): every chunk reserves its bytes and waits for its
 * slot, so the wave as a whole never exceeds the cap however many connections are open.
 */
final class BandwidthLimiter {
    private final double nanosPerByte;
    private long nextFreeNanos;

    private BandwidthLimiter(double nanosPerByte) {
        this.nanosPerByte = nanosPerByte;
        this.nextFreeNanos = System.nanoTime();
    }

    /** A limiter for {@code megabitsPerSecond}, or none when it is 0. */
    static BandwidthLimiter forMegabits(int megabitsPerSecond) {
        return new BandwidthLimiter(megabitsPerSecond <= 0 ? 0 : 1e9 / (megabitsPerSecond * 125_000.0));
    }

    void acquire(long bytes) throws InterruptedException {
        if (nanosPerByte == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, nextFreeNanos);
            nextFreeNanos = start + (long) (bytes * nanosPerByte);
            wait = start - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
