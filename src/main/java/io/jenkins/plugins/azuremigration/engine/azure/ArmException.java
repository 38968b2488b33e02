package io.jenkins.plugins.azuremigration.engine.azure;

/**
 * An ARM request that failed for good. The message names the operation, the resource, the last HTTP status and
 * ARM's error code and message; it never holds a token.
 */
public class ArmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ArmException(String operation, String resource, int status, String code, String message) {
        super(operation + " " + resource + ": HTTP " + status + (code == null || code.isEmpty() ? "" : " " + code)
                + (message == null || message.isEmpty() ? "" : ": " + message));
        this.status = status;
        this.code = code == null ? "" : code;
    }

    public int status() {
        return status;
    }

    /** ARM's error code, e.g. {@code RoleAssignmentExists}, {@code PrincipalNotFound}; empty when none. */
    public String code() {
        return code;
    }
}
