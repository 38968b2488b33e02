package hudson.model;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.ModelObject} (a supertype of Run; no members used). */
public interface ModelObject {
}
