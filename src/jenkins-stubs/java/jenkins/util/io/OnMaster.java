package jenkins.util.io;

/** Compile-only stand-in for Jenkins core's {@code jenkins.util.io.OnMaster} (a marker interface). */
public interface OnMaster {
}
