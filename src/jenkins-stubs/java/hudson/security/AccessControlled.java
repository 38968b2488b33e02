package hudson.security;

/** Compile-only stand-in for Jenkins core's {@code hudson.security.AccessControlled} (a supertype of Run). */
public interface AccessControlled {
}
