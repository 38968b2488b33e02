package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Result;

/**
 * Compile-only stand-in for workflow-api's {@code WarningAction} (what the {@code unstable} step attaches to its
 * FlowNode): the constructor and {@code withMessage} the plugin calls, and the three {@code Action} methods that a
 * concrete class must implement. {@code getMessage()} and {@code getResult()} are left out.
 */
public class WarningAction implements PersistentAction {
    public WarningAction(Result result) {
    }

    public WarningAction withMessage(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
