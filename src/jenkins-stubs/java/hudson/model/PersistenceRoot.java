package hudson.model;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.PersistenceRoot} (a supertype of Run). */
public interface PersistenceRoot extends Saveable {
}
