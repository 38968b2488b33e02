package io.jenkins.plugins.azuremigration.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four files land whole, in a folder created on demand, and a rerun replaces them. */
class WaveReportsTest {
    @TempDir
    Path dir;

    @Test
    void writesTheFourReportsIntoANewFolder() throws Exception {
        Path out = dir.resolve("reports/wave-07");

        List<Path> files = ReportChecks.writeValidated(SampleWaves.realistic(), out);

        assertThat(files).containsExactly(out.resolve("wave-report.xml"), out.resolve("wave-report.json"),
                out.resolve("wave-report.csv"), out.resolve("wave-report.html"));
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("no temporary file is left behind").containsExactlyInAnyOrderElementsOf(files);
        }
    }

    @Test
    void aRerunReplacesTheReports() throws Exception {
        for (String name : WaveReports.FILE_NAMES) {
            Files.writeString(dir.resolve(name), "half a report from an interrupted run");
        }

        ReportChecks.writeValidated(SampleWaves.partial(), dir);
        List<Path> files = ReportChecks.writeValidated(SampleWaves.realistic(), dir);

        assertThat(Files.readString(files.get(1))).contains("\"wave\" : \"wave-07\"");
        assertThat(Files.readString(files.get(3))).contains("Wave wave-07").doesNotContain("wave-08");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).hasSize(4);
        }
    }

    @Test
    void reportsAreReadableByOthersLikeAnyFileAPersonWrites() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");

        List<Path> files = ReportChecks.writeValidated(SampleWaves.partial(), dir);

        assertThat(files).allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--")));
    }

    @Test
    void theSameResultsGiveTheSameBytes() throws Exception {
        List<Path> first = WaveReports.writeAll(SampleWaves.realistic(), dir.resolve("a"));
        List<Path> second = ReportChecks.writeValidated(SampleWaves.realistic(), dir.resolve("b"));

        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(first.get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }
}
