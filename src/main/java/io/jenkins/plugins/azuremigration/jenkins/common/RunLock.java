package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.AbortException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One run per report folder at a time on the agent. A run that outlived a controller restart (the agent kept it
 * going) still holds the lock when the step resumes: the new run asks it to stop through the stop file and waits for
 * its checkpoint, so two runs never write one checkpoint journal.
 */
final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static RunLock acquire(Path lockFile, Path stopFile, Duration wait, Consumer<String> log)
            throws IOException, InterruptedException {
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean asked = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new RunLock(channel, lock);
                }
                if (!asked) {
                    log.accept("An earlier run still works in " + lockFile.getParent()
                            + " on this agent (it outlived a controller restart); asking it to stop at its checkpoint");
                    Files.writeString(stopFile, "stop requested by a newer run\n");
                    asked = true;
                }
                if (System.nanoTime() > deadline) {
                    throw new AbortException("An earlier run still holds " + lockFile + " after " + wait.toSeconds()
                            + " s; stop it (or restart the agent), then run the step again");
                }
                Thread.sleep(1000);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
