package io.jenkins.plugins.azuremigration.engine.copy;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The copy journal (the checkpoint, next to the reports) could not be written. Its own type, so that a full or
 * read-only report folder is never blamed on the source being copied.
 */
final class CheckpointWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    CheckpointWriteException(Path journal, IOException cause) {
        super(message(journal, cause), cause);
    }

    private static String message(Path journal, IOException cause) {
        Path folder = journal.toAbsolutePath().getParent();
        String reason = FileErrors.describe(cause);
        boolean full = reason.contains("No space left on device") || reason.contains("Disk quota exceeded");
        return (full ? "the report/checkpoint folder " + folder + " is full (" + reason + ")"
                : "cannot write the checkpoint in the report/checkpoint folder " + folder + " (" + reason + ")")
                + ": the copy cannot record its progress; free space there (or choose another --out) and run again"
                + " to resume";
    }
}
