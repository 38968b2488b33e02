package com.cloudbees.plugins.credentials.common;

/** Compile-only stand-in for the credentials plugin's {@code UsernamePasswordCredentials}. */
public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
}
