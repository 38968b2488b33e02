package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/**
 * Compile-only stand-in for the credentials plugin's {@code Credentials}. Its abstract {@code getScope()} and
 * {@code getDescriptor()} are left out: the plugin only reads credentials that Jenkins stores, and implements none.
 */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
}
