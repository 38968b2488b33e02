package hudson.security;

import org.springframework.security.core.Authentication;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.security.ACL}: only {@code SYSTEM2}, the authentication the
 * credentials drop-downs list as for an item that is not a queue task. {@code null} here, as stand-in constants are,
 * so javac reads it with getstatic as it would the real one.
 */
public abstract class ACL {
    public static final Authentication SYSTEM2 = null;
}
