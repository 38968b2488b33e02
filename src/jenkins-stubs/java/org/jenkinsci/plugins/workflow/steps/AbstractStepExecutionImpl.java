package org.jenkinsci.plugins.workflow.steps;

/**
 * Compile-only stand-in for workflow-step-api's {@code AbstractStepExecutionImpl}, the base of asynchronous step
 * executions: {@code start()} stays abstract, {@code onResume()} is the real override our execution replaces.
 */
public abstract class AbstractStepExecutionImpl extends StepExecution {
    private static final long serialVersionUID = 1L;

    protected AbstractStepExecutionImpl(StepContext context) {
        super(context);
    }

    @Override
    public void onResume() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
