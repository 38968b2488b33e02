package com.cloudbees.plugins.credentials.common;

/**
 * Compile-only stand-in for the credentials plugin's {@code StandardCertificateCredentials} (not in the shared lists;
 * confirmed in the credentials plugin sources, see src/test/resources/jenkins-api-confirmed.txt). Its nested
 * {@code NameProvider} is left out.
 */
public interface StandardCertificateCredentials extends StandardCredentials, CertificateCredentials {
}
