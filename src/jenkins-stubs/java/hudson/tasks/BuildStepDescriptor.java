package hudson.tasks;

import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.tasks.BuildStepDescriptor}. {@code isApplicable} is abstract,
 * so javac makes our descriptor implement it; its parameter names the raw {@link AbstractProject}, as the real one.
 */
public abstract class BuildStepDescriptor<T extends BuildStep & Describable<T>> extends Descriptor<T> {
    protected BuildStepDescriptor(Class<? extends T> clazz) {
    }

    protected BuildStepDescriptor() {
    }

    @SuppressWarnings("rawtypes")
    public abstract boolean isApplicable(Class<? extends AbstractProject> jobType);
}
