package hudson.tasks;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.tasks.BuildStep}. Its four abstract methods
 * ({@code prebuild}, {@code perform(AbstractBuild, ...)}, {@code getProjectAction(s)}) are left out together with
 * their implementations in {@link BuildStepCompatibilityLayer}: a builder inherits those, so javac has nothing to
 * force on our classes, and declaring them would need AbstractBuild and AbstractProject as full stand-ins.
 */
public interface BuildStep {
}
