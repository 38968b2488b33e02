package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import java.io.PrintStream;

/** The artifact manager takes a {@link BuildListener}; a Pipeline step has a {@link TaskListener}. */
final class ListenerAdapter implements BuildListener {
    private static final long serialVersionUID = 1L;

    private final TaskListener listener;

    ListenerAdapter(TaskListener listener) {
        this.listener = listener;
    }

    @Override
    public PrintStream getLogger() {
        return listener.getLogger();
    }
}
