package io.jenkins.plugins.azuremigration.jenkins.validate;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.azuremigration.engine.wave.ValidationReport;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveSource;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs on the agent, invoked on the workspace: parses the wave there (writing an inline one out first), resolving
 * {@code ${env:NAME}} against the build's environment.
 */
final class ValidateWaveCallable extends MasterToSlaveFileCallable<ValidationReport> {
    private static final long serialVersionUID = 1L;

    private final WaveSource source;
    private final HashMap<String, String> environment;

    ValidateWaveCallable(WaveSource source, Map<String, String> environment) {
        this.source = source;
        this.environment = new HashMap<>(environment);
    }

    @Override
    public ValidationReport invoke(File workspace, VirtualChannel channel) throws IOException {
        return WaveParser.validate(source.materialize(workspace.toPath(), ValidateWaveStep.INLINE_NAME),
                source.displayName(ValidateWaveStep.INLINE_NAME), environment::get);
    }
}
