package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How machines are admitted to the copy: a rolling window of {@code batchSize}, or strict batches gated on each other. */
public enum CopyMode {
    /** A new machine starts as soon as one of the window finishes (default). */
    ROLLING,
    /** Batch N+1 starts only after every machine of batch N has ended. */
    BATCHES;

    public String waveName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CopyMode> fromWaveName(String name) {
        return Arrays.stream(values()).filter(m -> m.waveName().equals(name)).findFirst();
    }
}
