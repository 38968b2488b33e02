package jenkins.model;

import hudson.model.ModelObject;

/** Compile-only stand-in for Jenkins core's {@code jenkins.model.ModelObjectWithContextMenu} (a supertype of Actionable). */
public interface ModelObjectWithContextMenu extends ModelObject {
}
