package io.jenkins.plugins.azuremigration.engine.wave;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with a wave file, pinned to where it is: {@code FILE:LINE:COLUMN: field.path: message}.
 * Messages never repeat a secret value; they name the field instead.
 */
public record WaveProblem(String file, int line, int column, String field, String message) implements Serializable {
    public WaveProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    static WaveProblem at(SourcePosition position, String field, String message) {
        return new WaveProblem(position.file(), position.line(), position.column(), field, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
