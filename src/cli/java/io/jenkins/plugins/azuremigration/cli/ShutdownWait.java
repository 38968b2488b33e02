package io.jenkins.plugins.azuremigration.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C or SIGTERM into an orderly stop: the JVM's shutdown hook wakes the command, then holds the JVM until
 * the command has stopped what it started, since child processes (Azurite, dnsmasq) would outlive a JVM that simply
 * exited. Closing it tells the hook the stop is done.
 */
final class ShutdownWait implements AutoCloseable {
    /** Long enough for a service still starting (Azurite may take a minute) to come up and be stopped. */
    private static final Duration HOLD = Duration.ofSeconds(90);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "wave-serve-shutdown");

    private ShutdownWait() {
    }

    static ShutdownWait install() {
        ShutdownWait wait = new ShutdownWait();
        Runtime.getRuntime().addShutdownHook(wait.hook);
        return wait;
    }

    /** Blocks until Ctrl-C or SIGTERM. */
    void awaitSignal() throws InterruptedException {
        requested.await();
    }

    private void onSignal() {
        requested.countDown();
        try {
            finished.await(HOLD.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and has just been released
        }
    }
}
