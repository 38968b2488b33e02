package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/** Compile-only stand-in for the credentials plugin's {@code CredentialsMatcher}. */
public interface CredentialsMatcher extends Serializable {
    boolean matches(Credentials item);
}
