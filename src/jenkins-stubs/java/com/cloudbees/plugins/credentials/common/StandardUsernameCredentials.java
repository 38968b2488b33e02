package com.cloudbees.plugins.credentials.common;

/** Compile-only stand-in for the credentials plugin's {@code StandardUsernameCredentials}. */
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {
}
