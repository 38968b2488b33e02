package io.jenkins.plugins.azuremigration.engine.wave;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RFC 4180 file (quoted fields, embedded commas and line breaks) into rows of cells that each keep their
 * line and column, so that a machine-list problem can point at the cell.
 */
final class CsvRows {
    record Cell(String text, SourcePosition position) {
    }

    record Row(List<Cell> cells, SourcePosition position) {
    }

    private CsvRows() {
    }

    /** All rows, blank lines left out; a syntax error is reported and ends the read. */
    static List<Row> read(Reader reader, String file, Problems problems) throws IOException {
        List<Row> rows = new ArrayList<>();
        CsvFactory factory = new CsvFactory();
        try (CsvParser parser = factory.createParser(reader)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            List<Cell> cells = null;
            SourcePosition rowStart = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    cells = new ArrayList<>();
                    rowStart = null;
                } else if (token == JsonToken.VALUE_STRING && cells != null) {
                    SourcePosition at = position(file, parser.currentTokenLocation());
                    rowStart = rowStart == null ? at : rowStart;
                    cells.add(new Cell(parser.getText(), at));
                } else if (token == JsonToken.END_ARRAY && cells != null) {
                    if (!isBlank(cells)) {
                        rows.add(new Row(List.copyOf(cells), rowStart));
                    }
                    cells = null;
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(at == null ? new SourcePosition(file, 1, 1) : position(file, at), "",
                    "CSV syntax: " + e.getOriginalMessage());
        }
        return rows;
    }

    private static boolean isBlank(List<Cell> cells) {
        return cells.stream().allMatch(c -> c.text().isBlank());
    }

    private static SourcePosition position(String file, JsonLocation location) {
        return new SourcePosition(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
