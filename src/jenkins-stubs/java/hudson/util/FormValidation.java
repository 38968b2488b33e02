package hudson.util;

import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

/** Compile-only stand-in for Jenkins core's {@code hudson.util.FormValidation}: the factories the plugin returns. */
public abstract class FormValidation extends IOException implements HttpResponse {
    private static final long serialVersionUID = 1L;

    /** Suppresses the implicit public no-argument constructor; the real constructors are private. */
    private FormValidation() {
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
