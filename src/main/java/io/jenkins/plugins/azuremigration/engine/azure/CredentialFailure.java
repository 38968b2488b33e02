package io.jenkins.plugins.azuremigration.engine.azure;

/**
 * A credential could not produce a token, raised inside the HTTP pipeline. It carries the credential's reason (the
 * first line of its message) and on purpose no cause: the retry condition looks through causes for dropped
 * connections, and a credential's cause (e.g. the IOException of an unreadable token file) must not make a sign-in
 * failure look like one. {@link ArmClient} turns it into a {@link SignInException} naming the request.
 */
final class CredentialFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private CredentialFailure(String message) {
        super(message, null, false, false);
    }

    static CredentialFailure of(RuntimeException failure) {
        return new CredentialFailure("could not sign in to Azure (" + failure.getClass().getSimpleName() + "): "
                + firstLine(failure.getMessage()) + rootReason(failure));
    }

    /** azure-identity often says "see inner exception": the innermost cause holds the identity endpoint's answer. */
    private static String rootReason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == failure || root.getMessage() == null || root.getMessage().isBlank()) {
            return "";
        }
        return " (" + root.getClass().getSimpleName() + ": " + firstLine(root.getMessage()) + ")";
    }

    static CredentialFailure noToken() {
        return new CredentialFailure("could not sign in to Azure: the credential answered no token");
    }

    /** Entra ID's first line (an AADSTS code and its text) says what is wrong; the rest is trace ids and links. */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
