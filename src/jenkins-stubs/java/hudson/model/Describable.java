package hudson.model;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.Describable}. */
public interface Describable<T extends Describable<T>> {
}
