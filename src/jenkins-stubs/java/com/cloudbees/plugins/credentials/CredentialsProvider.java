package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Run;
import hudson.security.Permission;
import org.jenkins.ui.icon.IconSpec;

/**
 * Compile-only stand-in for the credentials plugin's {@code CredentialsProvider}: the static look-up and tracking
 * the plugin calls, and the permission it checks. {@code USE_ITEM} is {@code null} here (not a compile-time constant,
 * so javac reads it with getstatic, as it would the real one).
 */
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider>, IconSpec {
    public static final Permission USE_ITEM = null;

    public CredentialsProvider() {
    }

    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @SuppressWarnings("rawtypes")
    public static <C extends Credentials> C track(Run build, C credentials) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
