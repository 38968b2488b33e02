package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import jenkins.console.WithConsoleUrl;
import jenkins.model.HistoricalBuild;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerProxy;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.model.Run}: its real superclass and interfaces, and the
 * one member the plugin calls. The real first type parameter is bounded by {@code hudson.model.Job}; it is left
 * unbounded here so that Job and its own hierarchy (AbstractItem, ...) need no stand-ins. No member declared here
 * mentions {@code JobT}, so every erased signature is the real one (see docs/jenkins-api.md).
 */
public abstract class Run<JobT, RunT extends Run<JobT, RunT>> extends Actionable implements ExtensionPoint,
        Comparable<RunT>, AccessControlled, PersistenceRoot, DescriptorByNameOwner, OnMaster, StaplerProxy,
        HistoricalBuild, WithConsoleUrl {
    /** Suppresses the implicit public no-argument constructor, which the real class does not have. */
    private Run() {
    }

    public void setResult(Result r) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
