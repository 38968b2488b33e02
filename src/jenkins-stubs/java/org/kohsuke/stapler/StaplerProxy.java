package org.kohsuke.stapler;

/** Compile-only stand-in for stapler's {@code org.kohsuke.stapler.StaplerProxy} (a supertype of Run). */
public interface StaplerProxy {
}
