package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;
import hudson.model.Saveable;

/**
 * Compile-only stand-in for workflow-api's {@code org.jenkinsci.plugins.workflow.graph.FlowNode}: its real superclass
 * and interface, and nothing else. The plugin only calls {@code addAction(Action)}, which FlowNode inherits from
 * {@link Actionable} (it overrides {@code getActions()} and {@code getAction(Class)}, not {@code addAction}). The real
 * class is abstract with protected constructors and the abstract {@code getTypeDisplayName()}; neither is declared
 * here, since nothing of ours extends FlowNode, and {@code Saveable.save()} (which FlowNode implements) is left to the
 * interface for the same reason.
 */
public abstract class FlowNode extends Actionable implements Saveable {
    /** Suppresses the implicit public no-argument constructor, which the real class does not have. */
    private FlowNode() {
    }
}
