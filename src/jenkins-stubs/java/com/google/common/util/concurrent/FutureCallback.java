package com.google.common.util.concurrent;

/**
 * Compile-only stand-in for Guava's {@code FutureCallback} (Jenkins core bundles Guava 33.4.8), a superinterface of
 * {@code StepContext}: {@code onFailure} is how a step execution completes its step with an error.
 */
public interface FutureCallback<V> {
    void onSuccess(V result);

    void onFailure(Throwable t);
}
