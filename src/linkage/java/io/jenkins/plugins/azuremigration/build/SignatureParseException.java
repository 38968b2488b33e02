package io.jenkins.plugins.azuremigration.build;

/** A line of a signature list that the parser does not understand: always fatal, so no line is silently skipped. */
final class SignatureParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SignatureParseException(String origin, String message) {
        super(origin + ": " + message);
    }
}
