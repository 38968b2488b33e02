package hudson.model;

import jenkins.model.Loadable;
import jenkins.util.io.OnMaster;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.model.Descriptor}. {@code save()} and {@code load()} are
 * declared because the real class implements the abstract methods of {@link Saveable} and {@link Loadable} for every
 * descriptor we write.
 */
public abstract class Descriptor<T extends Describable<T>> implements Loadable, Saveable, OnMaster {
    protected Descriptor() {
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
