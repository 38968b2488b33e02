package io.jenkins.plugins.azuremigration.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * Writes a wave's reports and checks each against its contract before a test looks further: the JUnit XML against
 * the JUnit schema (a real XSD validator), the JSON against docs/report-schema.json (a real JSON Schema validator),
 * the CSV by reading it back as RFC 4180 with its header, and the HTML for anything that could run or fetch. Every
 * test in this package writes reports through here, so every report the tests produce is validated.
 */
final class ReportChecks {
    static final Path HOME = Path.of(System.getProperty("wave.home", "."));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final javax.xml.validation.Schema JUNIT_XSD = junitSchema();
    private static final Schema REPORT_SCHEMA = reportSchema();
    /** A start tag: its name and its attributes (values are escaped, so they hold no '>'). */
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:-]+)=\"([^\"]*)\"");
    /** Elements that run, embed or fetch something. */
    private static final List<String> ACTIVE_ELEMENTS = List.of("script", "link", "iframe", "frame", "object",
            "embed", "img", "image", "use", "foreignobject", "base", "form", "input", "button", "audio", "video",
            "source", "track", "picture", "portal", "applet", "feimage", "animate", "set");

    private ReportChecks() {
    }

    static List<Path> writeValidated(WaveResults results, Path dir) throws IOException {
        List<Path> files = WaveReports.writeAll(results, dir);
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("wave-report.xml",
                "wave-report.json", "wave-report.csv", "wave-report.html");
        validateJUnit(files.get(0));
        validateJson(files.get(1));
        readCsv(files.get(2));
        checkHtml(files.get(3));
        return files;
    }

    static void validateJUnit(Path xml) throws IOException {
        Validator validator = JUNIT_XSD.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(xml.toFile()));
        } catch (SAXException e) {
            throw new AssertionError(xml.getFileName() + " is not valid JUnit XML: " + e.getMessage(), e);
        }
    }

    static List<Error> jsonErrors(JsonNode json) {
        return REPORT_SCHEMA.validate(json);
    }

    static JsonNode validateJson(Path file) throws IOException {
        JsonNode json = JSON.readTree(file.toFile());
        assertThat(jsonErrors(json)).as(file.getFileName() + " against docs/report-schema.json").isEmpty();
        return json;
    }

    /** The CSV read back as RFC 4180 with its header: one map per row, in order. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf("\r\n"));
        assertThat(header).startsWith(String.join(",", CsvReport.COLUMNS));
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(true)).readValues(text)) {
            return rows.readAll();
        }
    }

    /**
     * The page's markup holds no element that runs, embeds or fetches anything, no event handler, no link but to
     * its own anchors, no style attribute (a policy without 'unsafe-inline' would drop it), and its stylesheet
     * loads nothing.
     */
    static String checkHtml(Path file) throws IOException {
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta http-equiv=\"Content-Security-Policy\"");
        List<String> offending = new java.util.ArrayList<>();
        TAG.matcher(html).results().forEach(tag -> {
            String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
            if (ACTIVE_ELEMENTS.contains(name)) {
                offending.add(tag.group());
            }
            if (name.equals("meta") && !tag.group(2).matches(
                    " (charset=\"utf-8\"|http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\"|name=\"viewport\""
                            + " content=\"[^\"]*\")/?")) {
                offending.add(tag.group());
            }
            ATTRIBUTE.matcher(tag.group(2)).results().forEach(attribute -> {
                String key = attribute.group(1).toLowerCase(java.util.Locale.ROOT);
                boolean ownAnchor = key.equals("href") && attribute.group(2).startsWith("#");
                if (key.startsWith("on") || key.equals("style") || key.endsWith("src") || key.endsWith("href")
                        && !ownAnchor || key.equals("action") || key.equals("data") || key.equals("srcset")) {
                    offending.add(tag.group());
                }
            });
        });
        String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertThat(css).doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import");
        assertThat(offending).as("markup that would run or load something").isEmpty();
        return html;
    }

    private static javax.xml.validation.Schema junitSchema() {
        try (InputStream xsd = ReportChecks.class.getResourceAsStream("/report/junit.xsd")) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("src/test/resources/report/junit.xsd is not a valid schema", e);
        }
    }

    private static Schema reportSchema() {
        try {
            JsonNode schema = JSON.readTree(HOME.resolve("docs/report-schema.json").toFile());
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** docs/report-schema.json checked against the JSON Schema 2020-12 meta-schema itself. */
    static List<Error> schemaAgainstMetaSchema() throws IOException {
        JsonNode schema = JSON.readTree(HOME.resolve("docs/report-schema.json").toFile());
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        return meta.validate(schema);
    }
}
