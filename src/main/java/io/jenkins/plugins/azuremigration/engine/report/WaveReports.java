package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a wave's four reports into one folder: {@code wave-report.xml} (JUnit), {@code wave-report.json},
 * {@code wave-report.csv} and {@code wave-report.html} (docs/reports.md says what each holds). Every free-text value
 * is redacted first ({@link Redactor}), and each file is written atomically, so an interrupted run leaves the previous
 * reports whole and a rerun replaces them.
 */
public final class WaveReports {
    /** The report files' names, in the order {@link #writeAll} returns them. */
    public static final List<String> FILE_NAMES = List.of(JUnitReport.FILE_NAME, JsonReport.FILE_NAME,
            CsvReport.FILE_NAME, HtmlReport.FILE_NAME);

    private WaveReports() {
    }

    /** Writes the four reports into {@code outDir} (created when missing) and returns their paths. */
    public static List<Path> writeAll(WaveResults results, Path outDir) throws IOException {
        WaveResults clean = RedactedResults.of(results);
        // Rendered before anything is written: a rendering bug leaves the previous set of reports intact.
        List<byte[]> contents = List.of(JUnitReport.render(clean), JsonReport.render(clean), CsvReport.render(clean),
                HtmlReport.render(clean));
        Path[] written = new Path[FILE_NAMES.size()];
        for (int i = 0; i < written.length; i++) {
            written[i] = outDir.resolve(FILE_NAMES.get(i));
            AtomicFiles.write(written[i], contents.get(i));
        }
        return List.of(written);
    }
}
