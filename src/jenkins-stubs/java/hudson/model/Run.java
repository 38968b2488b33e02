package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import jenkins.console.WithConsoleUrl;
import jenkins.model.ArtifactManager;
import jenkins.model.HistoricalBuild;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerProxy;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.model.Run}: its real superclass and interfaces, and the
 * members the plugin calls. The real first type parameter is bounded by {@code hudson.model.Job}; it is left
 * unbounded here so that Job and its own hierarchy (AbstractItem, ...) need no stand-ins. No member declared here
 * mentions {@code JobT}, so every erased signature is the real one (see docs/jenkins-api.md).
 */
public abstract class Run<JobT, RunT extends Run<JobT, RunT>> extends Actionable implements ExtensionPoint,
        Comparable<RunT>, AccessControlled, PersistenceRoot, DescriptorByNameOwner, OnMaster, StaplerProxy,
        HistoricalBuild, WithConsoleUrl {
    /** Suppresses the implicit public no-argument constructor, which the real class does not have. */
    private Run() {
    }

    /** Run's own override of {@code Actionable.addAction} (it also notifies {@code RunAction2}s). */
    public void addAction(Action a) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public Result getResult() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void setResult(Result r) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public final synchronized ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getExternalizableId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
