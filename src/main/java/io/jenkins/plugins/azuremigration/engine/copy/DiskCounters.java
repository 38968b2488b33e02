package io.jenkins.plugins.azuremigration.engine.copy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** One disk's tallies, updated by many upload threads. */
final class DiskCounters {
    final AtomicLong planned = new AtomicLong();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong resumed = new AtomicLong();
    final AtomicInteger retries = new AtomicInteger();
    final AtomicInteger throttled = new AtomicInteger();
    private final AtomicReference<String> failure = new AtomicReference<>();

    void fail(String reason) {
        failure.compareAndSet(null, reason);
    }

    String failure() {
        return failure.get();
    }

    long done() {
        return sent.get() + resumed.get();
    }
}
