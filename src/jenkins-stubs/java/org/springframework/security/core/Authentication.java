package org.springframework.security.core;

import java.io.Serializable;
import java.security.Principal;

/**
 * Compile-only stand-in for Spring Security's {@code Authentication} (Jenkins 2.516 bundles spring-security 6.5.1):
 * the identity credentials are listed as ({@code ACL.SYSTEM2}, {@code Tasks.getAuthenticationOf2}). Its six abstract
 * methods are left out: nothing of ours implements it, we only pass it on. Not in the shared lists: confirmed in
 * spring-security-core 6.5.1 and recorded in src/test/resources/jenkins-api-confirmed.txt.
 */
public interface Authentication extends Principal, Serializable {
}
