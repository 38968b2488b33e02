package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** Compile-only stand-in for workflow-step-api's {@code StepExecution}. */
public abstract class StepExecution implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Kept as the real class keeps it (workflow-step-api {@code StepExecution}: {@code @Inject private StepContext
     * context}, set by this constructor), so that a saved execution holds its context as in program.dat.
     */
    private StepContext context;

    protected StepExecution(StepContext context) {
        this.context = context;
    }

    public StepContext getContext() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract boolean start() throws Exception;

    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void onResume() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getStatus() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
