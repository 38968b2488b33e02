package io.jenkins.plugins.azuremigration.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** wave-report.xml: one suite per stage, one case per machine, name, assignment and agent, valid JUnit XML. */
class JUnitReportTest {
    @TempDir
    Path dir;

    @Test
    void everyStageIsASuiteWithItsCases() throws Exception {
        Document xml = write(SampleWaves.realistic());

        List<Element> suites = children(xml.getDocumentElement(), "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("agents", "dns", "roles", "copy");
        assertThat(suites).allSatisfy(s -> assertThat(s.getAttribute("package")).isEqualTo("wave.wave-07"));
        assertThat(cases(suite(xml, "agents"))).hasSize(1 + 4);
        assertThat(cases(suite(xml, "dns"))).hasSize(1 + 6);
        assertThat(cases(suite(xml, "roles"))).hasSize(1 + 5);
        assertThat(cases(suite(xml, "copy"))).hasSize(1 + 25);
        for (Element suite : suites) {
            List<Element> cases = cases(suite);
            assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases.size()));
            assertThat(suite.getAttribute("failures")).isEqualTo(Long.toString(cases.stream()
                    .filter(c -> !children(c, "failure").isEmpty()).count()));
            assertThat(suite.getAttribute("skipped")).isEqualTo(Long.toString(cases.stream()
                    .filter(c -> !children(c, "skipped").isEmpty()).count()));
            assertThat(cases.get(0).getAttribute("name")).isEqualTo("stage");
        }
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("44");
    }

    @Test
    void aFailedMachineNamesItsErrorAndFailingDisk() throws Exception {
        Document xml = write(SampleWaves.realistic());

        Element app07 = testCase(xml, "copy", "app07");
        assertThat(app07.getAttribute("classname")).isEqualTo("wave.wave-07.copy");
        Element failure = children(app07, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("CopyFailed");
        assertThat(failure.getAttribute("message")).contains("Put Page failed after 20 tries");
        assertThat(failure.getTextContent()).contains("failing disk 2: disks/app07-data1.vhd -> "
                + SampleWaves.CONTAINER + "/app07/app07-data1.vhd");
        Element web02 = testCase(xml, "copy", "web02");
        assertThat(children(web02, "failure")).isEmpty();
        assertThat(children(web02, "system-out").get(0).getTextContent()).contains("TARGET_RESOURCE_GROUP: rg-wave-07")
                .contains("disk 1 disks/web02-os.vhd -> ").contains("verified");
        Element skipped = children(testCase(xml, "copy", "legacy-app01"), "skipped").get(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("SKIPPED: OK_TO_MIGRATE is N in machines.csv row 27");
    }

    @Test
    void aMachinesTimeIsItsCopyDurationInSeconds() throws Exception {
        WaveResults results = SampleWaves.realistic();
        Document xml = write(results);

        var machine = results.copy().machines().get(4);
        assertThat(Double.parseDouble(testCase(xml, "copy", machine.name()).getAttribute("time")))
                .isEqualTo(machine.duration().toMillis() / 1000.0);
        assertThat(Double.parseDouble(suite(xml, "copy").getAttribute("time"))).isEqualTo(
                java.time.Duration.between(results.copy().started(), results.copy().finished()).toSeconds());
    }

    @Test
    void dnsFailuresFailAndWarningsPassWithANote() throws Exception {
        Document xml = write(SampleWaves.realistic());

        Element publicIp = children(testCase(xml, "dns", "migcache04.blob.core.windows.net"), "failure").get(0);
        assertThat(publicIp.getAttribute("type")).isEqualTo("DnsPUBLIC_IP");
        assertThat(publicIp.getAttribute("message")).startsWith("resolves to the public address 20.60.13.4");
        assertThat(publicIp.getTextContent()).contains("observed CNAME migcache04.privatelink.blob.core.windows.net");
        Element warning = testCase(xml, "dns", "migcache03.blob.core.windows.net");
        assertThat(children(warning, "failure")).isEmpty();
        assertThat(children(warning, "system-out").get(0).getTextContent()).startsWith("WARNING verdict"
                + " NO_PRIVATELINK_CNAME");
        assertThat(children(testCase(xml, "agents", "agent-onprem-04"), "failure").get(0).getAttribute("message"))
                .contains("azcmagent connect");
        List<Element> roleFailures = cases(suite(xml, "roles")).stream()
                .filter(c -> !children(c, "failure").isEmpty()).toList();
        assertThat(roleFailures).extracting(c -> c.getAttribute("name")).containsExactly("stage",
                "Storage Blob Data Owner for 0f4e7d2a-5c1b-4e8f-a3d9-7b6c5a4e3d21 on " + SampleWaves.SUBSCRIPTION
                        + "/resourceGroups/rg-migration/providers/Microsoft.Storage/storageAccounts/migcache01");
    }

    @Test
    void stagesThatDidNotRunAreSkippedWithTheirReason() throws Exception {
        Document xml = write(SampleWaves.partial());

        assertThat(children(testCase(xml, "dns", "stage"), "skipped").get(0).getAttribute("message"))
                .isEqualTo("SKIPPED: skipped on request (--skip dns)");
        assertThat(children(testCase(xml, "roles", "stage"), "skipped").get(0).getAttribute("message"))
                .isEqualTo("NOT_RUN: not part of this run");
        assertThat(children(testCase(xml, "copy", "stage"), "skipped").get(0).getAttribute("message"))
                .startsWith("STOPPED: the window closed at 06:00");
        assertThat(children(testCase(xml, "copy", "big1"), "skipped").get(0).getAttribute("message"))
                .startsWith("STOPPED: the window closed");
        assertThat(children(testCase(xml, "copy", "later3"), "skipped").get(0).getAttribute("message"))
                .isEqualTo("NOT_ATTEMPTED: not reached before the window closed at 06:00");
        assertThat(children(testCase(xml, "copy", "ok2"), "skipped")).isEmpty();
        assertThat(property(suite(xml, "copy"), "stage.status")).isEqualTo("STOPPED");
    }

    @Test
    void aWaveWhereNothingRanStillListsEveryStage() throws Exception {
        Document xml = write(SampleWaves.nothingRan());

        assertThat(children(xml.getDocumentElement(), "testsuite")).hasSize(4)
                .allSatisfy(suite -> assertThat(cases(suite)).singleElement()
                        .satisfies(c -> assertThat(children(c, "skipped")).hasSize(1)));
    }

    @Test
    void theSchemaRejectsWhatCiServersWouldMisread() throws Exception {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, """
                <testsuites><testsuite name="copy" package="wave.x" id="0" hostname="localhost"
                 timestamp="2026-11-27T22:00:00" tests="1" failures="1" errors="0" time="1.0"><properties/>
                <testcase name="db01" classname="wave.x.copy" time="1.0"><failure message="no type"/></testcase>
                </testsuite></testsuites>""");
        assertThatThrownBy(() -> ReportChecks.validateJUnit(bad)).hasMessageContaining("type");
        Files.writeString(bad, """
                <testsuites><testsuite name="dns" package="wave.x" id="0" hostname="localhost"
                 timestamp="2026-11-27T22:00:00Z" tests="0" failures="0" errors="0" time="0"><properties/>
                </testsuite></testsuites>""");
        assertThatThrownBy(() -> ReportChecks.validateJUnit(bad)).isInstanceOf(AssertionError.class);
    }

    private Document write(WaveResults results) throws Exception {
        Path xml = ReportChecks.writeValidated(results, dir).get(0);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(xml.toFile());
    }

    static Element suite(Document xml, String name) {
        return children(xml.getDocumentElement(), "testsuite").stream().filter(s -> s.getAttribute("name")
                .equals(name)).findFirst().orElseThrow();
    }

    static Element testCase(Document xml, String suite, String name) {
        return cases(suite(xml, suite)).stream().filter(c -> c.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no test case " + name + " in suite " + suite));
    }

    static String property(Element suite, String name) {
        return children(children(suite, "properties").get(0), "property").stream()
                .filter(p -> p.getAttribute("name").equals(name)).map(p -> p.getAttribute("value")).findFirst()
                .orElseThrow();
    }

    static List<Element> cases(Element suite) {
        return children(suite, "testcase");
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
