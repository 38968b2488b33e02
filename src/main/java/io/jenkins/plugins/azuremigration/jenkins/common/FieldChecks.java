package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.engine.wave.CopySettings;
import io.jenkins.plugins.azuremigration.jenkins.Messages;

/**
 * The form checks of the wave fields, as plain functions (null when the value is fine, else what is wrong) so they
 * are tested without Jenkins; the descriptors wrap them in {@code FormValidation}. They read nothing and call nothing:
 * the wave file itself is checked on the agent when the build runs.
 */
public final class FieldChecks {
    private FieldChecks() {
    }

    public static String waveFile(String value) {
        if (value == null || value.isBlank()) {
            return Messages.waveRequired();
        }
        String path = value.trim();
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*") || path.contains("..")) {
            return Messages.waveMustBeRelative();
        }
        if (!(path.endsWith(".yaml") || path.endsWith(".yml") || path.contains("${"))) {
            return Messages.waveNotYaml();
        }
        return null;
    }

    /** Empty keeps the wave's batch size. */
    public static String batchSize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int size = Integer.parseInt(value.trim());
            return size >= 1 && size <= CopySettings.MAX_BATCH_SIZE ? null : Messages.batchSizeRange();
        } catch (NumberFormatException e) {
            return Messages.batchSizeRange();
        }
    }

    public static String capMbps(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim()) >= 0 ? null : Messages.capNegative();
        } catch (NumberFormatException e) {
            return Messages.capNegative();
        }
    }

    public static String stopAt(String value) {
        try {
            StageRequest.parseStopAt(value);
            return null;
        } catch (IllegalArgumentException e) {
            return Messages.stopAtFormat();
        }
    }
}
