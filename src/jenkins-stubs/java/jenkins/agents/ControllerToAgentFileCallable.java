package jenkins.agents;

import hudson.FilePath;
import org.jenkinsci.remoting.RoleChecker;

/** Compile-only stand-in for Jenkins core's {@code jenkins.agents.ControllerToAgentFileCallable}. */
public interface ControllerToAgentFileCallable<T> extends FilePath.FileCallable<T> {
    /** The real default implementation; it is why our callables need not implement {@code checkRoles}. */
    @Override
    default void checkRoles(RoleChecker checker) throws SecurityException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
