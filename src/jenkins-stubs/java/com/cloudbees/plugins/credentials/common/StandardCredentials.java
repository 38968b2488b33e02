package com.cloudbees.plugins.credentials.common;

/** Compile-only stand-in for the credentials plugin's {@code StandardCredentials}. */
public interface StandardCredentials extends IdCredentials {
    String getDescription();
}
