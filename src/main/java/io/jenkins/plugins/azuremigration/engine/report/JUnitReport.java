package io.jenkins.plugins.azuremigration.engine.report;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The wave as JUnit XML, so that Jenkins' {@code junit} step (and GitLab, Azure DevOps, ...) lists every machine,
 * name and assignment as a test: one {@code <testsuite>} per stage inside {@code <testsuites>}.
 *
 * <p>Each suite starts with a test case named {@value #STAGE_CASE} that carries the stage's own outcome: Jenkins'
 * parser drops a suite without test cases, so without it a stage that did not run would vanish from the build's
 * test results instead of showing as skipped with its reason.
 */
final class JUnitReport {
    static final String FILE_NAME = "wave-report.xml";
    static final String STAGE_CASE = "stage";

    private JUnitReport() {
    }

    static byte[] render(WaveResults results) {
        List<Suite> suites = List.of(JUnitSuites.agents(results), JUnitSuites.dns(results),
                JUnitSuites.roles(results), JUnitSuites.copy(results));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "wave " + XmlText.safe(results.wave()));
            xml.writeAttribute("tests", Integer.toString(suites.stream().mapToInt(Suite::tests).sum()));
            xml.writeAttribute("failures", Integer.toString(suites.stream().mapToInt(Suite::failures).sum()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", ReportFormats.seconds(ReportFormats.between(results.started(),
                    results.finished())));
            for (int id = 0; id < suites.size(); id++) {
                suites.get(id).write(xml, id, results);
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the JUnit report", e);
        }
        return bytes.toByteArray();
    }

    /** A test case and how it ended: {@code kind} is null (passed), "failure" or "skipped". */
    record Case(String name, Duration time, String kind, String type, String message, String body,
            String out) {
        static Case passed(String name, Duration time, String out) {
            return new Case(name, time, null, null, null, null, out);
        }

        static Case failed(String name, Duration time, String type, String message, String body, String out) {
            return new Case(name, time, "failure", type, message, body, out);
        }

        static Case skipped(String name, Duration time, String message) {
            return new Case(name, time, "skipped", null, message, null, null);
        }
    }

    record Suite(StageOutcome outcome, Instant started, Duration time, List<Case> cases, String out) {
        int tests() {
            return cases.size();
        }

        int failures() {
            return (int) cases.stream().filter(c -> "failure".equals(c.kind())).count();
        }

        int skipped() {
            return (int) cases.stream().filter(c -> "skipped".equals(c.kind())).count();
        }

        void write(XMLStreamWriter xml, int id, WaveResults results) throws XMLStreamException {
            String stage = outcome.stage().id();
            newline(xml, 1);
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", stage);
            xml.writeAttribute("package", packageName(results));
            xml.writeAttribute("id", Integer.toString(id));
            xml.writeAttribute("hostname", "localhost");
            xml.writeAttribute("timestamp", ReportFormats.junitTimestamp(started != null ? started
                    : results.started()));
            xml.writeAttribute("tests", Integer.toString(tests()));
            xml.writeAttribute("failures", Integer.toString(failures()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Integer.toString(skipped()));
            xml.writeAttribute("time", ReportFormats.seconds(time));
            newline(xml, 2);
            xml.writeStartElement("properties");
            property(xml, "wave", results.wave());
            property(xml, "waveFile", results.waveFile());
            property(xml, "cloud", results.cloud());
            property(xml, "simulated", Boolean.toString(results.simulated()));
            property(xml, "stage.status", outcome.status().name());
            property(xml, "stage.reason", outcome.reason());
            property(xml, "timestampZone", "UTC");
            newline(xml, 2);
            xml.writeEndElement();
            String classname = packageName(results) + "." + stage;
            for (Case c : cases) {
                writeCase(xml, classname, c);
            }
            newline(xml, 2);
            xml.writeStartElement("system-out");
            xml.writeCharacters(XmlText.safe(out));
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeEndElement();
        }
    }

    private static void writeCase(XMLStreamWriter xml, String classname, Case c) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", XmlText.safe(c.name()));
        xml.writeAttribute("classname", XmlText.safe(classname));
        xml.writeAttribute("time", ReportFormats.seconds(c.time()));
        if (c.kind() != null) {
            newline(xml, 3);
            xml.writeStartElement(c.kind());
            if (c.type() != null) {
                xml.writeAttribute("type", c.type());
            }
            xml.writeAttribute("message", XmlText.safe(c.message()));
            if (c.body() != null) {
                xml.writeCharacters(XmlText.safe(c.body()));
            }
            xml.writeEndElement();
        }
        if (c.out() != null) {
            newline(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(XmlText.safe(c.out()));
            xml.writeEndElement();
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", XmlText.safe(value == null ? "" : value));
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Jenkins groups tests by the classname's package: dots in a wave's name would split it into levels. */
    private static String packageName(WaveResults results) {
        return "wave." + results.wave().replace('.', '_');
    }
}
