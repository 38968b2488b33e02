package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;

/** Compile-only stand-in for the plain-credentials plugin's {@code StringCredentials} (a secret text). */
public interface StringCredentials extends StandardCredentials {
    Secret getSecret();
}
