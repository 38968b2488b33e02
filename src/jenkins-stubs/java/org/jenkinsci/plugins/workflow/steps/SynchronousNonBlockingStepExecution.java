package org.jenkinsci.plugins.workflow.steps;

/**
 * Compile-only stand-in for workflow-step-api's {@code SynchronousNonBlockingStepExecution}. {@code start()} is final
 * in the real class, so declaring it here stops us from overriding it (which would fail to load in Jenkins).
 */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    private static final long serialVersionUID = 1L;

    protected SynchronousNonBlockingStepExecution(StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
