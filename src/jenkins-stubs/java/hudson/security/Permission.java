package hudson.security;

/** Compile-only stand-in for Jenkins core's {@code hudson.security.Permission}; only passed to permission checks. */
public final class Permission {
    /** Suppresses the implicit public no-argument constructor, which the real class does not have. */
    private Permission() {
    }
}
