package jenkins.model;

import hudson.model.ModelObject;

/** Compile-only stand-in for Jenkins core's {@code jenkins.model.HistoricalBuild} (a supertype of Run). */
public interface HistoricalBuild extends ModelObject {
}
