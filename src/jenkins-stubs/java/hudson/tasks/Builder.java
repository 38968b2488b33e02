package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

/** Compile-only stand-in for Jenkins core's {@code hudson.tasks.Builder} (a freestyle build step). */
public abstract class Builder extends BuildStepCompatibilityLayer implements Describable<Builder>, ExtensionPoint {
    public Builder() {
    }
}
