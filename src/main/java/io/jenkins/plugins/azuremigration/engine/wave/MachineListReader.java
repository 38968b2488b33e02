package io.jenkins.plugins.azuremigration.engine.wave;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV machine list in the shape of Microsoft's at-scale migration scripts: one row per machine, columns
 * named as in {@code docs/wave-file.md}. Disk columns are {@code OS_DISK_ID} and {@code DATA_DISK<n>_ID}
 * (the disk's source), each with an optional {@code ..._TARGET}; other columns are carried for the reports.
 */
final class MachineListReader {
    static final String MACHINE = "SOURCE_MACHINE_NAME";
    static final String GATE = "OK_TO_MIGRATE";
    static final String BLOB_TYPE = "BLOB_TYPE";
    private static final Pattern DISK_COLUMN = Pattern.compile("(OS_DISK|DATA_DISK(\\d+))_(ID|TARGET)");
    private static final Pattern DISK_LIKE = Pattern.compile("(OS|DATA)_?DISK.*");

    private final Problems problems;
    private final ValueResolver resolver;
    private final DiskFactory disks;
    private final LocalSources local;

    MachineListReader(Problems problems, ValueResolver resolver, LocalSources local) {
        this.problems = problems;
        this.resolver = resolver;
        this.local = local;
        this.disks = new DiskFactory(problems, local);
    }

    /** Machines from {@code machineList: {file, targetContainer}}; relative files resolve against the wave's folder. */
    List<Machine> read(YamlMapping list, Path waveFolder) {
        list.allowOnly("file", "targetContainer");
        String file = list.requiredString("file");
        String container = list.string("targetContainer");
        URI containerUrl = null;
        if (container != null) {
            String resolved = resolver.plain(container, list.positionOf("targetContainer"), list.field("targetContainer"));
            containerUrl = resolved == null ? null : BlobUrls.parseContainer(resolved,
                    list.positionOf("targetContainer"), list.field("targetContainer"), problems);
        }
        if (file == null || container != null && containerUrl == null
                || !local.allowed(file.trim(), list.positionOf("file"), list.field("file"))) {
            return List.of();
        }
        Path csv = waveFolder.resolve(file.trim());
        String display = file.trim();
        try (Reader reader = utf8Reader(csv)) {
            return machines(CsvRows.read(reader, display, problems), containerUrl, display);
        } catch (NoSuchFileException e) {
            problems.add(list.positionOf("file"), list.field("file"), "machine list " + csv + " does not exist");
        } catch (CharacterCodingException e) {
            problems.add(new SourcePosition(display, 1, 1), "machineList", "is not UTF-8 text; save the sheet as"
                    + " 'CSV UTF-8'");
        } catch (IOException e) {
            problems.add(list.positionOf("file"), list.field("file"), "cannot read " + csv + ": " + e.getMessage());
        }
        return List.of();
    }

    private List<Machine> machines(List<CsvRows.Row> rows, URI containerUrl, String file) {
        if (rows.isEmpty()) {
            problems.add(new SourcePosition(file, 1, 1), "machineList", "is empty: the first row must name the columns");
            return List.of();
        }
        List<String> header = header(rows.get(0));
        List<Machine> machines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            CsvRows.Row row = rows.get(r);
            String field = "machineList[row " + (r + 1) + "]";
            if (row.cells().size() != header.size()) {
                problems.add(row.position(), field, "has " + row.cells().size() + " fields but the header has "
                        + header.size());
                continue;
            }
            Machine machine = machine(header, row, field, containerUrl);
            if (machine != null) {
                machines.add(machine);
            }
        }
        return machines;
    }

    private List<String> header(CsvRows.Row row) {
        List<String> names = new ArrayList<>();
        for (CsvRows.Cell cell : row.cells()) {
            String name = cell.text().replace("\uFEFF", "").trim().toUpperCase(Locale.ROOT);
            if (names.contains(name)) {
                problems.add(cell.position(), "machineList." + name, "column appears twice");
            } else if (DISK_LIKE.matcher(name).matches() && !DISK_COLUMN.matcher(name).matches()) {
                problems.add(cell.position(), "machineList." + name, "unknown disk column; disk columns are"
                        + " OS_DISK_ID, OS_DISK_TARGET, DATA_DISK<n>_ID and DATA_DISK<n>_TARGET");
            }
            names.add(name);
        }
        if (!names.contains(MACHINE)) {
            problems.add(row.position(), "machineList", "the header has no " + MACHINE + " column");
        }
        return names;
    }

    private Machine machine(List<String> header, CsvRows.Row row, String field, URI containerUrl) {
        Map<String, CsvRows.Cell> cells = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            cells.put(header.get(c), row.cells().get(c));
        }
        CsvRows.Cell nameCell = cells.get(MACHINE);
        if (nameCell == null) {
            return null;
        }
        String name = nameCell.text().trim();
        if (name.isEmpty()) {
            problems.add(nameCell.position(), field + "." + MACHINE, "is empty");
            return null;
        }
        // a row held back by OK_TO_MIGRATE is not copied: its disk may not be exported yet, so only where it points
        // is checked, not the file
        String skipReason = gate(cells.get(GATE), field);
        List<Disk> machineDisks = new RowDisks(cells, field, containerUrl, name, skipReason == null).read();
        if (machineDisks.isEmpty()) {
            problems.add(row.position(), field, "machine " + name + " has no disk (OS_DISK_ID or DATA_DISK<n>_ID)");
            return null;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        cells.forEach((column, cell) -> {
            if (!column.equals(MACHINE) && !DISK_COLUMN.matcher(column).matches() && !cell.text().isBlank()) {
                attributes.put(column, cell.text().trim());
            }
        });
        return new Machine(name, machineDisks, attributes, skipReason, nameCell.position());
    }

    /** Null when the machine may go; otherwise why it is held back. */
    private String gate(CsvRows.Cell cell, String field) {
        if (cell == null) {
            return null;
        }
        String value = cell.text().trim().toUpperCase(Locale.ROOT);
        if (value.equals("Y")) {
            return null;
        }
        if (!value.isEmpty() && !value.equals("N")) {
            problems.add(cell.position(), field + "." + GATE, "must be Y or N, was '" + cell.text().trim() + "'");
        }
        return GATE + " is " + (value.isEmpty() ? "empty" : "'" + value + "'") + ", not Y";
    }

    private static Reader utf8Reader(Path csv) throws IOException {
        return new InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The disks of one row, in column order: OS disk first, then data disks by number. */
    private final class RowDisks {
        private final Map<String, CsvRows.Cell> cells;
        private final String field;
        private final URI containerUrl;
        private final String machine;
        private final boolean checkFiles;

        RowDisks(Map<String, CsvRows.Cell> cells, String field, URI containerUrl, String machine, boolean checkFiles) {
            this.cells = cells;
            this.field = field;
            this.containerUrl = containerUrl;
            this.machine = machine;
            this.checkFiles = checkFiles;
        }

        List<Disk> read() {
            List<String> prefixes = new ArrayList<>();
            for (String column : cells.keySet()) {
                Matcher m = DISK_COLUMN.matcher(column);
                if (m.matches() && m.group(3).equals("ID") && !prefixes.contains(m.group(1))) {
                    prefixes.add(m.group(1));
                }
            }
            prefixes.sort((a, b) -> Integer.compare(order(a), order(b)));
            List<Disk> result = new ArrayList<>();
            for (String prefix : prefixes) {
                CsvRows.Cell source = cells.get(prefix + "_ID");
                if (source.text().isBlank()) {
                    continue;
                }
                Disk disk = disk(prefix, source);
                if (disk != null) {
                    result.add(disk);
                }
            }
            return result;
        }

        private Disk disk(String prefix, CsvRows.Cell sourceCell) {
            String sourceText = resolver.plain(sourceCell.text(), sourceCell.position(), field + "." + prefix + "_ID");
            DiskSource source = disks.source(sourceText, sourceCell.position(), field + "." + prefix + "_ID");
            CsvRows.Cell targetCell = cells.get(prefix + "_TARGET");
            URI target;
            if (targetCell != null && !targetCell.text().isBlank()) {
                String targetText = resolver.plain(targetCell.text(), targetCell.position(), field + "." + prefix + "_TARGET");
                target = disks.target(targetText, targetCell.position(), field + "." + prefix + "_TARGET");
            } else if (containerUrl != null) {
                target = source == null ? null : URI.create(containerUrl.toString().replaceAll("/+$", "") + "/"
                        + encode(machine) + "/" + encode(fileName(source)));
            } else {
                problems.add(sourceCell.position(), field + "." + prefix + "_TARGET", "no target: add a "
                        + prefix + "_TARGET column or machineList.targetContainer");
                target = null;
            }
            CsvRows.Cell typeCell = cells.get(BLOB_TYPE);
            BlobType type = disks.type(typeCell == null ? null : typeCell.text(), source,
                    typeCell == null ? sourceCell.position() : typeCell.position(), field + "." + BLOB_TYPE);
            if (checkFiles) {
                disks.checkFile(source, type, sourceCell.position(), field + "." + prefix + "_ID");
            }
            return disks.disk(source, target, type, sourceCell.position());
        }

        private int order(String prefix) {
            return prefix.equals("OS_DISK") ? 0 : Integer.parseInt(prefix.substring("DATA_DISK".length()));
        }
    }

    private static String fileName(DiskSource source) {
        String path = source.isLocal() ? source.localPath().replace('\\', '/') : source.blobUrl().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
