package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.io.IOException;
import java.io.Serializable;

/**
 * Compile-only stand-in for workflow-step-api's {@code StepContext}. It redeclares {@code onSuccess(Object)} as the
 * real class does; {@code onFailure(Throwable)} is inherited from {@link FutureCallback}, as in the real class.
 */
public abstract class StepContext implements FutureCallback<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    public StepContext() {
    }

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    @Override
    public abstract void onSuccess(Object result);
}
