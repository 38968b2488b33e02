package org.springframework.security.access;

/**
 * Compile-only stand-in for Spring Security's {@code AccessDeniedException} (Jenkins core bundles spring-security
 * 6.x), the unchecked exception in the {@code throws} clause of {@code AccessControlled.checkPermission}. Not in the
 * shared lists: confirmed in the Spring Security sources and recorded in src/test/resources/jenkins-api-confirmed.txt.
 */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String msg) {
    }
}
