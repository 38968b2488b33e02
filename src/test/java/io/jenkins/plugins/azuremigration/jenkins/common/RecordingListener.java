package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A build console for tests: what a step printed, as text. */
final class RecordingListener implements TaskListener {
    private static final long serialVersionUID = 1L;

    private final transient ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final transient PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Override
    public PrintStream getLogger() {
        return stream;
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
