package hudson.model;

import java.util.List;
import jenkins.model.ModelObjectWithContextMenu;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.Actionable} (the superclass of Run). */
public abstract class Actionable extends AbstractModelObject implements ModelObjectWithContextMenu {
    public Actionable() {
    }

    /** Inherited, not overridden, by {@code org.jenkinsci.plugins.workflow.graph.FlowNode}. */
    public void addAction(Action a) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public <T extends Action> List<T> getActions(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
