package io.jenkins.plugins.azuremigration.engine.wave;

import java.time.LocalTime;

/**
 * How the copy stage runs. {@code batchSize} is never above {@link #MAX_BATCH_SIZE} (Azure Migrate replicates at
 * most ten machines together); {@code connections} is the budget shared by every disk in flight;
 * {@code capMbps} (0 = none) caps the whole wave; {@code stopAt} (null = none) is the local time at which the
 * wave checkpoints and stops, for a weekend night's window.
 */
public record CopySettings(int batchSize, CopyMode mode, int connections, int capMbps, LocalTime stopAt) {
    public static final int MAX_BATCH_SIZE = 10;
    public static final int DEFAULT_CONNECTIONS = 16;
    public static final int MAX_CONNECTIONS = 256;

    public CopySettings {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize must be 1.." + MAX_BATCH_SIZE + ", was " + batchSize);
        }
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("connections must be 1.." + MAX_CONNECTIONS + ", was " + connections);
        }
        if (capMbps < 0) {
            throw new IllegalArgumentException("capMbps must not be negative");
        }
    }

    public static CopySettings defaults() {
        return new CopySettings(MAX_BATCH_SIZE, CopyMode.ROLLING, DEFAULT_CONNECTIONS, 0, null);
    }
}
