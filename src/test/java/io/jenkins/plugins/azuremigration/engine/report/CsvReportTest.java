package io.jenkins.plugins.azuremigration.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wave-report.csv: RFC 4180, a header, one row per disk (and per machine without disks), ISO times, integer bytes. */
class CsvReportTest {
    @TempDir
    Path dir;

    @Test
    void oneRowPerDiskAndPerMachineWithoutDisks() throws Exception {
        WaveResults results = SampleWaves.realistic();
        List<Map<String, String>> rows = write(results);

        int disks = results.copy().machines().stream().mapToInt(m -> m.disks().size()).sum();
        assertThat(rows).hasSize(disks + 1);
        assertThat(rows).filteredOn(r -> r.get("machine").equals("app07")).extracting(r -> r.get("disk") + ":"
                + r.get("diskStatus")).containsExactly("1:SUCCEEDED", "2:FAILED");
        Map<String, String> held = rows.stream().filter(r -> r.get("machine").equals("legacy-app01")).findFirst()
                .orElseThrow();
        assertThat(held.get("machineStatus")).isEqualTo("SKIPPED");
        assertThat(held.get("disk")).isEmpty();
        assertThat(held.get("machineError")).isEqualTo("OK_TO_MIGRATE is N in machines.csv row 27");
        assertThat(held.get("OK_TO_MIGRATE")).isEqualTo("N");
    }

    @Test
    void timesAreIso8601BytesAreIntegersAndTheMachineListColumnsFollow() throws Exception {
        WaveResults results = SampleWaves.realistic();
        List<Map<String, String>> rows = write(results);

        Map<String, String> first = rows.get(0);
        MachineResult machine = results.copy().machines().get(0);
        assertThat(Instant.parse(first.get("machineStarted"))).isEqualTo(machine.started());
        assertThat(Instant.parse(first.get("machineFinished"))).isEqualTo(machine.finished());
        assertThat(first.get("bytesTotal")).matches("[0-9]+").isEqualTo(Long.toString(64 * SampleWaves.GIB));
        assertThat(first.get("bytesSent")).isEqualTo(Long.toString(machine.disks().get(0).bytesSent()));
        assertThat(first.get("machineDurationSeconds")).isEqualTo(ReportFormats.seconds(machine.duration()));
        assertThat(first.get("blobType")).isEqualTo("page");
        assertThat(first.get("TARGET_RESOURCE_GROUP")).isEqualTo("rg-wave-07");
        assertThat(first.keySet()).startsWith(CsvReport.COLUMNS.toArray(String[]::new))
                .endsWith("TARGET_MACHINE_NAME", "TARGET_RESOURCE_GROUP", "TARGET_DISKTYPE", "TAG_KEY", "TAG_VALUE",
                        "OK_TO_MIGRATE");
    }

    @Test
    void quotesPerRfc4180AndNeverStartsAFormula() throws Exception {
        String name = "app01, \"legacy\"";
        MachineResult odd = new MachineResult(name, CopyStatus.FAILED, 1, SampleWaves.NIGHT,
                SampleWaves.NIGHT.plusSeconds(60), List.of(), "=HYPERLINK(\"http://x\")\nsecond line");
        MachineResult plain = SampleWaves.machine("db01", CopyStatus.SUCCEEDED, 1, SampleWaves.NIGHT,
                SampleWaves.NIGHT.plusSeconds(90), 1, new Random(1), null);
        WaveResults results = withCopy(List.of(odd, plain), Map.of(name, Map.of("TAG_VALUE", "-1")));

        Path file = ReportChecks.writeValidated(results, dir).get(2);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\nwave-x,\"app01, \"\"legacy\"\"\",FAILED,1,")
                .contains(",\"'=HYPERLINK(\"\"http://x\"\")\nsecond line\",").contains(",db01,SUCCEEDED,1,");
        assertThat(text.split("\r\n")).hasSize(3);
        List<Map<String, String>> rows = ReportChecks.readCsv(file);
        assertThat(rows.get(0).get("machine")).isEqualTo(name);
        assertThat(rows.get(0).get("machineError")).isEqualTo("'=HYPERLINK(\"http://x\")\nsecond line");
        assertThat(rows.get(0).get("TAG_VALUE")).isEqualTo("'-1");
        assertThat(rows.get(1).get("TAG_VALUE")).isEmpty();
    }

    @Test
    void aStoppedWaveListsEveryMachineWithItsReason() throws Exception {
        List<Map<String, String>> rows = write(SampleWaves.partial());

        assertThat(rows).extracting(r -> r.get("machine") + ":" + r.get("machineStatus")).contains("big1:STOPPED",
                "later1:NOT_ATTEMPTED", "later5:NOT_ATTEMPTED");
        assertThat(rows).filteredOn(r -> r.get("machine").equals("big2")).singleElement()
                .satisfies(r -> assertThat(r.get("machineError")).startsWith("the window closed"))
                .satisfies(r -> assertThat(r.get("bytesResumed")).isEqualTo(Long.toString(100 * SampleWaves.GIB)));
        assertThat(write(SampleWaves.nothingRan())).isEmpty();
    }

    static WaveResults withCopy(List<MachineResult> machines, Map<String, Map<String, String>> attributes) {
        CopyReport copy = new CopyReport("wave-x", SampleWaves.NIGHT, SampleWaves.NIGHT.plusSeconds(100), machines,
                null, List.of());
        return new WaveResults("wave-x", "wave-x.yaml", "AzureCloud", SampleWaves.NIGHT,
                SampleWaves.NIGHT.plusSeconds(100), false, List.of(new StageOutcome(Stage.COPY,
                        StageOutcome.Status.FAILED, "1 machine failed")), List.of(), null, List.of(), List.of(), copy,
                attributes);
    }

    private List<Map<String, String>> write(WaveResults results) throws Exception {
        return ReportChecks.readCsv(ReportChecks.writeValidated(results, dir).get(2));
    }
}
