package hudson;

/** Compile-only stand-in for Jenkins core's {@code hudson.ExtensionPoint} (a marker interface). */
public interface ExtensionPoint {
}
