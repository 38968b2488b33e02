package hudson;

import java.io.IOException;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.AbortException} (see docs/jenkins-api.md: not in the shared
 * signature lists; confirmed from the Jenkins sources and recorded in src/test/resources/jenkins-api-confirmed.txt).
 */
public final class AbortException extends IOException {
    private static final long serialVersionUID = 1L;

    public AbortException() {
    }

    /** Keeps the message in {@link IOException}, as the real one does: the text is the JDK's, not Jenkins logic. */
    public AbortException(String message) {
        super(message);
    }
}
