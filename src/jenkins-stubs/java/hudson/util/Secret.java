package hudson.util;

import java.io.Serializable;

/** Compile-only stand-in for Jenkins core's {@code hudson.util.Secret}. */
public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Suppresses the implicit public no-argument constructor, which the real class does not have. */
    private Secret() {
    }

    public String getPlainText() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static Secret fromString(String data) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
