package hudson;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.Launcher}: only passed through (to
 * {@code ArtifactManager.archive}); nothing is called on it.
 */
public abstract class Launcher {
    /** Suppresses the implicit public no-argument constructor; the real constructors are protected and take arguments. */
    private Launcher() {
    }
}
