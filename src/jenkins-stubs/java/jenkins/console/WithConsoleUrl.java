package jenkins.console;

/** Compile-only stand-in for Jenkins core's {@code jenkins.console.WithConsoleUrl} (a supertype of Run). */
public interface WithConsoleUrl {
}
