package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/** Compile-only stand-in for the credentials plugin's {@code IdCredentials}. */
public interface IdCredentials extends Credentials {
    String getId();
}
