package com.google.common.util.concurrent;

/**
 * Compile-only stand-in for Guava's {@code FutureCallback} (Jenkins core bundles Guava 33.4.8), a superinterface of
 * {@code StepContext}. No members: our code never implements or calls it.
 */
public interface FutureCallback<V> {
}
