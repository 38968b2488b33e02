package io.jenkins.plugins.azuremigration.engine.dns;

/** An ARM payload that is not shaped like the REST API's: names the payload, never its whole text. */
public final class ArmPayloadException extends Exception {
    private static final long serialVersionUID = 1L;

    public ArmPayloadException(String message) {
        super(message);
    }

    public ArmPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
