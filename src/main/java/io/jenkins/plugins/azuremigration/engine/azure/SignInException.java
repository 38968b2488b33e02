package io.jenkins.plugins.azuremigration.engine.azure;

/**
 * Signing in to Azure failed: the credential could not produce a token (an empty token file, a managed identity that
 * refuses, a wrong secret), ARM refused the token it produced even after a fresh one, or ARM's TLS certificate is not
 * trusted by this JVM (so no token may be sent there). Asking again gives the same
 * answer, so it is never retried; the stage that needed Azure cannot run, and the command line ends with exit code 3.
 * The message is the credential's (or ARM's) own reason, never a token.
 */
public final class SignInException extends ArmException {
    private static final long serialVersionUID = 1L;

    public SignInException(String operation, String resource, int status, String code, String message) {
        super(operation, resource, status, code, message);
    }
}
