package io.jenkins.plugins.azuremigration.engine.wave;

import java.net.URI;
import java.util.Objects;

/** One disk of a machine: read from {@code source}, written to the blob {@code target} as {@code type}. */
public record Disk(DiskSource source, URI target, BlobType type, SourcePosition position) {
    public Disk {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(position, "position");
    }
}
