package io.jenkins.plugins.azuremigration.engine.wave;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a disk is read from: a file on the machine that runs the copy (relative paths resolve against the wave
 * file's folder on that machine), or a blob URL copied service to service.
 */
public record DiskSource(String localPath, URI blobUrl) {
    public DiskSource {
        if ((localPath == null) == (blobUrl == null)) {
            throw new IllegalArgumentException("A disk source is either a local path or a blob URL");
        }
    }

    public static DiskSource local(String path) {
        return new DiskSource(Objects.requireNonNull(path, "path"), null);
    }

    public static DiskSource blob(URI url) {
        return new DiskSource(null, Objects.requireNonNull(url, "url"));
    }

    public boolean isLocal() {
        return localPath != null;
    }

    /** The local file, resolved against the folder holding the wave file. */
    public Path resolveAgainst(Path waveFolder) {
        if (!isLocal()) {
            throw new IllegalStateException("Not a local source: " + blobUrl);
        }
        return waveFolder.resolve(localPath).normalize();
    }

    @Override
    public String toString() {
        return isLocal() ? localPath : blobUrl.toString();
    }
}
