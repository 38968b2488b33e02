package io.jenkins.plugins.azuremigration.engine.wave;

import java.io.Serializable;
import java.util.Objects;

/**
 * A secret taken from the environment ({@code ${env:NAME}}). It prints as the variable's name only, so that
 * logging, string concatenation, reports and exceptions cannot leak it by accident; {@link #reveal()} is the one
 * deliberate way to the value, for the HTTP client that needs it.
 */
public final class SecretValue implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient String value;

    public SecretValue(String source, String value) {
        this.source = Objects.requireNonNull(source, "source");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Where the value came from, e.g. {@code env:AZURE_STORAGE_CONNECTION_STRING}; safe to print. */
    public String source() {
        return source;
    }

    public String reveal() {
        if (value == null) {
            throw new IllegalStateException("The secret from " + source + " is not carried across serialization; resolve it again");
        }
        return value;
    }

    @Override
    public String toString() {
        return "****(" + source + ")";
    }
}
