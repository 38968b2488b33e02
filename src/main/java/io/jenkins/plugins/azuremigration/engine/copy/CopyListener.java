package io.jenkins.plugins.azuremigration.engine.copy;

/** Receives {@link CopyEvent}s from many threads at once; must be quick and thread-safe. */
@FunctionalInterface
public interface CopyListener {
    void on(CopyEvent event);

    static CopyListener none() {
        return event -> { };
    }
}
