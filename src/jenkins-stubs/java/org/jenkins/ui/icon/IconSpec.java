package org.jenkins.ui.icon;

/**
 * Compile-only stand-in for Jenkins core's {@code org.jenkins.ui.icon.IconSpec} (an interface of CredentialsProvider).
 * Its abstract {@code getIconClassName()} is left out: nothing of ours implements IconSpec.
 */
public interface IconSpec {
}
