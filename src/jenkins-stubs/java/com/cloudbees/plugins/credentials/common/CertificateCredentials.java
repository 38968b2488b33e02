package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import java.security.KeyStore;

/**
 * Compile-only stand-in for the credentials plugin's {@code CertificateCredentials} (not in the shared lists;
 * confirmed in the credentials plugin sources, see src/test/resources/jenkins-api-confirmed.txt). The keystore
 * password is {@code getPassword()}, inherited from {@link PasswordCredentials} as in the real interface.
 */
public interface CertificateCredentials extends Credentials, PasswordCredentials {
    KeyStore getKeyStore();
}
