package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;

/**
 * The report's colours, written as SVG attributes (which a Content-Security-Policy never blocks) and mirrored in the
 * inline CSS. Status colours are never the only signal: every status is also spelled out in text.
 */
final class Palette {
    static final String INK = "#1f2328";
    static final String INK_SOFT = "#57606a";
    static final String GRID = "#d8dee4";
    static final String SUCCEEDED = "#2e7d32";
    static final String FAILED = "#c62828";
    static final String STOPPED = "#8d6e63";
    static final String SKIPPED = "#9e9e9e";
    static final String SENT = "#1565c0";
    static final String EMPTY_PAGES = "#90caf9";
    static final String RESUMED = "#b0bec5";
    static final String LIMIT = "#c62828";
    static final String BANNER = "#b00020";

    /** Batch colours (Tableau 10 without its red, which means "failed" here), cycling after ten batches. */
    private static final String[] BATCHES = {"#4e79a7", "#f28e2b", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
        "#ff9da7", "#9c755f", "#bab0ac", "#86bcb6"};

    private Palette() {
    }

    static String status(CopyStatus status) {
        return switch (status) {
            case SUCCEEDED -> SUCCEEDED;
            case FAILED -> FAILED;
            case STOPPED -> STOPPED;
            case SKIPPED, NOT_ATTEMPTED -> SKIPPED;
        };
    }

    static String batch(int batch) {
        return BATCHES[Math.floorMod(batch - 1, BATCHES.length)];
    }
}
