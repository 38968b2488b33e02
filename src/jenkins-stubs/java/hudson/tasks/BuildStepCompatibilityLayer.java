package hudson.tasks;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.tasks.BuildStepCompatibilityLayer}, the superclass of
 * {@link Builder}; in Jenkins it implements every abstract method of {@link BuildStep}.
 */
public abstract class BuildStepCompatibilityLayer implements BuildStep {
    public BuildStepCompatibilityLayer() {
    }
}
