package com.cloudbees.plugins.credentials.common;

/** Compile-only stand-in for the credentials plugin's {@code StandardUsernamePasswordCredentials}. */
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {
}
