package hudson.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.security.AccessControlled} (a supertype of Run and Item).
 * The permission checks are default methods in the real interface; its abstract {@code getACL()} is left out, as
 * nothing of ours implements AccessControlled.
 */
public interface AccessControlled {
    default void checkPermission(Permission permission) throws AccessDeniedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    default boolean hasPermission(Permission permission) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
