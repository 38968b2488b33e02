package io.jenkins.plugins.azuremigration.jenkins.validate;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.azuremigration.engine.wave.ValidationReport;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import jenkins.MasterToSlaveFileCallable;

/** Runs on the agent: parses the wave file there, resolving {@code ${env:NAME}} against the build's environment. */
final class ValidateWaveCallable extends MasterToSlaveFileCallable<ValidationReport> {
    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final HashMap<String, String> environment;

    ValidateWaveCallable(String displayName, Map<String, String> environment) {
        this.displayName = displayName;
        this.environment = new HashMap<>(environment);
    }

    @Override
    public ValidationReport invoke(File waveFile, VirtualChannel channel) {
        return WaveParser.validate(waveFile.toPath(), displayName, environment::get);
    }
}
