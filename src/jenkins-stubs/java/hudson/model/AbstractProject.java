package hudson.model;

/**
 * Type-only compile-only stand-in for Jenkins core's {@code hudson.model.AbstractProject} (docs/jenkins-api.md,
 * "Type-only stand-ins"): the plugin only names it, as the type argument of
 * {@code BuildStepDescriptor.isApplicable(Class<? extends AbstractProject>)}. Its real supertypes (Job, AbstractItem,
 * BuildableItem, Queue.Task, the mix-ins) are left out and it declares no member; its type parameters are the real ones.
 */
public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> {
    /** Suppresses the implicit public no-argument constructor, which the real class does not have. */
    private AbstractProject() {
    }
}
