package jenkins;

import jenkins.agents.ControllerToAgentFileCallable;

/** Compile-only stand-in for Jenkins core's {@code jenkins.MasterToSlaveFileCallable}. */
public abstract class MasterToSlaveFileCallable<T> implements ControllerToAgentFileCallable<T> {
    private static final long serialVersionUID = 1L;

    public MasterToSlaveFileCallable() {
    }
}
