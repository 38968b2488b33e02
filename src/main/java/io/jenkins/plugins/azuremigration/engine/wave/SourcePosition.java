package io.jenkins.plugins.azuremigration.engine.wave;

/** Where a value stands in a wave file or machine list: file as the user named it, 1-based line and column. */
public record SourcePosition(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
