package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

/** Compile-only stand-in for workflow-api's marker interface {@code PersistentAction} (it declares no member). */
public interface PersistentAction extends Action {
}
