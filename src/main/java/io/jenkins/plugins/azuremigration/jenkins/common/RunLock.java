package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.AbortException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One run per report folder at a time on the agent, its holder named in the lock file. A run of the same step that
 * outlived a controller restart (the agent kept it going) still holds the lock when the step resumes: the resumed run
 * asks it to stop through the stop file and waits for its checkpoint, so two runs never write one journal. Any other
 * holder (a parallel step given the same folder) is refused at once.
 */
final class RunLock implements AutoCloseable {
    // Locking one byte far past the end keeps the holder's name readable on systems whose locks are mandatory.
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static RunLock acquire(Path lockFile, Path stopFile, String owner, Duration wait, Consumer<String> log)
            throws IOException, InterruptedException {
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean asked = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    if (asked) {
                        deleteIfTakeover(stopFile, owner);
                    }
                    channel.truncate(0).write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
                    return new RunLock(channel, lock);
                }
                String holder = holder(lockFile);
                if (!owner.equals(holder)) {
                    throw new AbortException("Another run (" + holder + ") is using the report folder "
                            + lockFile.getParent().getFileName() + " of this workspace: a parallel step (give each its"
                            + " own out:), or an aborted build of this job still checkpointing (run again in a minute)");
                }
                if (!asked) {
                    log.accept("An earlier run of this step still works in " + lockFile.getParent()
                            + " on this agent (it outlived a controller restart); asking it to stop at its checkpoint");
                    Files.writeString(stopFile, takeoverMarker(owner), StandardCharsets.UTF_8);
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

    /** What a resumed run writes to stop its earlier self; a user's abort in the meantime writes the owner alone. */
    static String takeoverMarker(String owner) {
        return owner + " takeover";
    }

    private static void deleteIfTakeover(Path stopFile, String owner) throws IOException {
        if (Files.exists(stopFile)
                && Files.readString(stopFile, StandardCharsets.UTF_8).trim().equals(takeoverMarker(owner))) {
            Files.delete(stopFile);
        }
    }

    private static String holder(Path lockFile) throws IOException {
        String text = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
        return text.isEmpty() ? "unknown" : text;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(LOCKED_BYTE, 1, false);
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
