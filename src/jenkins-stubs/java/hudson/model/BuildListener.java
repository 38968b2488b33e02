package hudson.model;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.model.BuildListener}. Its own methods ({@code started},
 * {@code finished}) are defaults; what an implementation must supply is {@link TaskListener#getLogger()}.
 */
public interface BuildListener extends TaskListener {
}
