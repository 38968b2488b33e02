package hudson.model;

import jenkins.model.ModelObjectWithContextMenu;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.Actionable} (the superclass of Run). */
public abstract class Actionable extends AbstractModelObject implements ModelObjectWithContextMenu {
    public Actionable() {
    }
}
