package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.wave.Disk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One disk to copy: its machine, the disk as the wave describes it, the resolved local file (null for a URL). */
record DiskTask(String machine, Disk disk, Path file) {

    /** The disk's name in the journal: derived from its target, so that it is stable across runs and holds no secret. */
    String key() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(disk.target().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    String target() {
        return disk.target().toString();
    }
}
