package jenkins.tasks;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;

/**
 * Compile-only stand-in for Jenkins core's {@code jenkins.tasks.SimpleBuildStep}. Its {@code perform} methods are
 * defaults in Jenkins, so javac cannot force an implementation: our builder overrides the five-argument one.
 */
public interface SimpleBuildStep extends BuildStep {
    default void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
