package hudson.model;

/**
 * Type-only compile-only stand-in for Jenkins core's {@code hudson.model.AbstractBuild} (docs/jenkins-api.md,
 * "Type-only stand-ins"): only the bound of {@link AbstractProject}'s type parameter {@code R}. Its real supertypes
 * (Run, Queue.Executable, the mix-ins) are left out and it declares no member; its type parameters are the real ones.
 */
public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> {
    /** Suppresses the implicit public no-argument constructor, which the real class does not have. */
    private AbstractBuild() {
    }
}
