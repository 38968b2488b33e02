package org.jenkinsci.remoting;

/** Compile-only stand-in for remoting's {@code org.jenkinsci.remoting.RoleChecker}; only named in signatures. */
public abstract class RoleChecker {
    public RoleChecker() {
    }
}
