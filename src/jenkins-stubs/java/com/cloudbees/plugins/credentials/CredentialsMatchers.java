package com.cloudbees.plugins.credentials;

/** Compile-only stand-in for the credentials plugin's {@code CredentialsMatchers} (static factories). */
public class CredentialsMatchers {
    /** Suppresses the implicit public no-argument constructor, which the real class does not have. */
    private CredentialsMatchers() {
    }

    @SuppressWarnings("rawtypes")
    public static CredentialsMatcher instanceOf(Class clazz) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static CredentialsMatcher anyOf(CredentialsMatcher... matchers) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
