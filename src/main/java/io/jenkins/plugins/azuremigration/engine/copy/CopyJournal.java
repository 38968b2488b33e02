package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.files.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy's checkpoint: an append-only journal of what is already in Azure, one line per finished chunk, so that
 * a run resumed after a stop, a crash or {@code kill -9} re-sends only the chunks that were in flight. Each line is
 * written through to the operating system at once (it survives the death of the JVM). It holds disk keys, source
 * paths, sizes and offsets: never a URL's query string, a key or a token.
 *
 * <pre>
 * disk KEY FINGERPRINT    a disk (re)starts from scratch: forget its earlier chunks
 * chunk KEY OFFSET LENGTH a chunk (page range or block) is in Azure
 * done KEY                the disk was copied and verified
 * </pre>
 */
final class CopyJournal implements AutoCloseable {
    private static final String HEADER = "# azure-migration-wave copy journal v1";

    private final Path file;
    private final Map<String, DiskState> disks;
    private final BufferedWriter writer;

    /** What the journal knows of one disk. */
    static final class DiskState {
        private final String fingerprint;
        private final Set<ByteRange> chunks = new HashSet<>();
        private boolean done;

        DiskState(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        String fingerprint() {
            return fingerprint;
        }

        boolean has(ByteRange chunk) {
            return chunks.contains(chunk);
        }

        boolean isDone() {
            return done;
        }
    }

    private CopyJournal(Path file, Map<String, DiskState> disks) throws IOException {
        this.file = file;
        this.disks = disks;
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Replays {@code file} if it exists, rewrites it compacted, and opens it for appending. */
    static CopyJournal open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Map<String, DiskState> disks = Files.exists(file) ? replay(file) : new HashMap<>();
        AtomicFiles.write(file, (String.join("\n", compactedLines(disks)) + "\n").getBytes(StandardCharsets.UTF_8));
        return new CopyJournal(file, disks);
    }

    synchronized DiskState state(String diskKey) {
        return disks.get(diskKey);
    }

    /** Starts (or restarts) a disk: its earlier chunks no longer count. */
    synchronized void startDisk(String diskKey, String fingerprint) throws IOException {
        disks.put(diskKey, new DiskState(fingerprint));
        append("disk " + diskKey + " " + fingerprint);
    }

    synchronized void chunkDone(String diskKey, ByteRange chunk) throws IOException {
        disks.get(diskKey).chunks.add(chunk);
        append("chunk " + diskKey + " " + chunk.offset() + " " + chunk.length());
    }

    synchronized void diskDone(String diskKey) throws IOException {
        disks.get(diskKey).done = true;
        append("done " + diskKey);
    }

    Path file() {
        return file;
    }

    private void append(String line) throws CheckpointWriteException {
        try {
            writer.write(line);
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw new CheckpointWriteException(file, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    private static Map<String, DiskState> replay(Path file) throws IOException {
        Map<String, DiskState> disks = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] words = line.split(" ");
            try {
                switch (words[0]) {
                    case "disk" -> disks.put(words[1], new DiskState(words[2]));
                    case "chunk" -> disks.get(words[1]).chunks.add(
                            new ByteRange(Long.parseLong(words[2]), Long.parseLong(words[3])));
                    case "done" -> disks.get(words[1]).done = true;
                    default -> { } // comments and blank lines
                }
            } catch (RuntimeException e) {
                // a line cut short by a crash mid-write: what it named will simply be sent again
            }
        }
        return disks;
    }

    private static List<String> compactedLines(Map<String, DiskState> disks) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        disks.forEach((key, state) -> {
            lines.add("disk " + key + " " + state.fingerprint);
            state.chunks.stream().sorted((a, b) -> Long.compare(a.offset(), b.offset()))
                    .forEach(c -> lines.add("chunk " + key + " " + c.offset() + " " + c.length()));
            if (state.done) {
                lines.add("done " + key);
            }
        });
        return lines;
    }
}
