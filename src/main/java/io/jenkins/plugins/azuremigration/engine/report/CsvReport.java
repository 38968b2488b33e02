package io.jenkins.plugins.azuremigration.engine.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.DiskResult;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy as {@code wave-report.csv}, for the spreadsheets migration trackers live in: RFC 4180 (comma, CRLF, fields
 * quoted only when they must be), a header row, one row per disk with its machine's columns repeated (a machine
 * without disks, e.g. one never attempted, still gets one row), ISO-8601 times, bytes as plain integers, and the
 * machine list's own columns at the end so that a tracker can join on them.
 *
 * <p>UTF-8 with a byte-order mark: without it Excel reads the file as the local code page and garbles non-ASCII
 * names. A text cell that begins like a formula ({@code = + - @}) is prefixed with {@code '} so that opening the
 * report never evaluates an error message as a formula.
 */
final class CsvReport {
    static final String FILE_NAME = "wave-report.csv";
    static final List<String> COLUMNS = List.of("wave", "machine", "machineStatus", "batch", "machineStarted",
            "machineFinished", "machineDurationSeconds", "machineMibPerSecond", "machineError", "disk", "diskSource",
            "diskTarget", "blobType", "diskStatus", "bytesTotal", "bytesSent", "bytesSkipped", "bytesResumed",
            "diskDurationSeconds", "retries", "throttled", "verification", "route", "diskError");
    /** The columns of a disk, left empty on the row of a machine without disks. */
    private static final int DISK_COLUMNS = COLUMNS.size() - COLUMNS.indexOf("disk");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Quotes a field only when RFC 4180 needs it (Jackson otherwise quotes any longer value, to save a scan). */
    private static final CsvMapper CSV = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);

    private CsvReport() {
    }

    static byte[] render(WaveResults results) {
        List<String> attributeColumns = attributeColumns(results);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        attributeColumns.forEach(column -> schema.addColumn(COLUMNS.contains(column) ? "machineList." + column
                : column));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (SequenceWriter writer = CSV.writer(schema.build()).writeValues(bytes)) {
            CopyReport copy = results.copy();
            if (copy != null) {
                for (MachineResult machine : copy.machines()) {
                    Map<String, String> attributes = results.attributesOf(machine.name());
                    if (machine.disks().isEmpty()) {
                        writer.write(row(results, machine, null, attributes, attributeColumns));
                    }
                    for (DiskResult disk : machine.disks()) {
                        writer.write(row(results, machine, disk, attributes, attributeColumns));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV report", e);
        }
        return bytes.toByteArray();
    }

    /** Every machine-list column any machine has, in the order the columns first appear. */
    private static List<String> attributeColumns(WaveResults results) {
        Set<String> columns = new LinkedHashSet<>();
        results.machineAttributes().values().forEach(attributes -> columns.addAll(attributes.keySet()));
        return List.copyOf(columns);
    }

    private static String[] row(WaveResults results, MachineResult machine, DiskResult disk,
            Map<String, String> attributes, List<String> attributeColumns) {
        List<String> row = new ArrayList<>(COLUMNS.size() + attributeColumns.size());
        row.add(text(results.wave()));
        row.add(text(machine.name()));
        row.add(machine.status().name());
        row.add(Integer.toString(machine.batch()));
        row.add(ReportFormats.iso(machine.started()));
        row.add(ReportFormats.iso(machine.finished()));
        row.add(machine.started() == null || machine.finished() == null ? "" : ReportFormats.seconds(
                machine.duration()));
        row.add(ReportFormats.decimal(CopySummary.mibPerSecond(machine), 3));
        row.add(text(machine.error()));
        if (disk == null) {
            for (int i = 0; i < DISK_COLUMNS; i++) {
                row.add("");
            }
        } else {
            row.add(Integer.toString(CopySummary.diskNumber(machine, disk)));
            row.add(text(disk.source()));
            row.add(text(disk.target()));
            row.add(disk.type() == null ? "" : disk.type().waveName());
            row.add(disk.status() == null ? "" : disk.status().name());
            row.add(Long.toString(disk.bytesTotal()));
            row.add(Long.toString(disk.bytesSent()));
            row.add(Long.toString(disk.bytesSkipped()));
            row.add(Long.toString(disk.bytesResumed()));
            row.add(disk.duration() == null ? "" : ReportFormats.seconds(disk.duration()));
            row.add(Integer.toString(disk.retries()));
            row.add(Integer.toString(disk.throttled()));
            row.add(text(disk.verification()));
            row.add(text(disk.route()));
            row.add(text(disk.error()));
        }
        attributeColumns.forEach(column -> row.add(text(attributes.get(column))));
        return row.stream().map(value -> value == null ? "" : value).toArray(String[]::new);
    }

    /** Free text for a spreadsheet cell: never read as a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
