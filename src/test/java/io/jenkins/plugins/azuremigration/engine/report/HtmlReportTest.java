package io.jenkins.plugins.azuremigration.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.agents.AgentVerdict;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wave-report.html: self-contained, escaped, honest about simulation and partial runs, usable at 1,000 machines. */
class HtmlReportTest {
    static final String SCRIPT_NAME = "<script>alert('pwned')</script>";
    static final String QUOTED_NAME = "db\"01' onmouseover=\"alert(1)";
    static final String IMG_ERROR = "disk 1: <img src=x onerror=alert(2)> & \"quotes\" ]]> \u0001 done";

    @TempDir
    Path dir;

    @Test
    void showsEverySectionOfARealisticWave() throws Exception {
        String html = write(SampleWaves.realistic());

        assertThat(html).contains("id=\"simulator-banner\"").contains("LOCAL SIMULATOR")
                .contains("<title>[SIMULATOR] Wave wave-07");
        for (String id : List.of("stages-table", "machines-table", "dns-table", "roles-table", "agents-table")) {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        assertThat(html).contains("aria-label=\"Throughput per machine in MiB per second\"")
                .contains("aria-label=\"Timeline of the copy: 24 machines on 10 lanes; at most 10 ran at once\"")
                .contains("max 10 machines at once").contains("limit: 10 at once")
                .contains("Succeeded: <b>22</b>").contains("Failed: <b>2</b>").contains("Skipped: <b>1</b>");
        assertThat(html).contains("Put Page failed after 20 tries").contains("azcmagent connect")
                .contains("AuthorizationFailed").contains("resolves to the public address 20.60.13.4")
                .contains("storage.sas expires").contains("TARGET_RESOURCE_GROUP=rg-wave-07");
        assertThat(count(html, "<li class=\"problem p-ERROR\"")).isEqualTo(4 + 1 + 1 + 1 + 2);
    }

    @Test
    void aRealWaveHasNoSimulatorBanner() throws Exception {
        String html = write(SampleWaves.large(30));

        assertThat(html).doesNotContain("simulator-banner").doesNotContain("LOCAL SIMULATOR");
    }

    @Test
    void namesAndErrorsAreEscapedNeverMarkup() throws Exception {
        MachineResult script = new MachineResult(SCRIPT_NAME, CopyStatus.FAILED, 1, SampleWaves.NIGHT,
                SampleWaves.NIGHT.plusSeconds(300), List.of(), IMG_ERROR);
        MachineResult quoted = SampleWaves.machine(QUOTED_NAME, CopyStatus.SUCCEEDED, 1, SampleWaves.NIGHT,
                SampleWaves.NIGHT.plusSeconds(200), 2, new Random(5), null);
        WaveResults results = CsvReportTest.withCopy(List.of(script, quoted), Map.of(QUOTED_NAME,
                Map.of("TAG_VALUE", "</td><script>x</script>")));
        results = new WaveResults(results.wave(), results.waveFile(), results.cloud(), results.started(),
                results.finished(), false, results.stages(), List.of(new AgentResult("<b>agent</b>", "id", "Online",
                        "1", "now", "Connected", "p", AgentVerdict.FAILED, "reason with <i>markup</i>")),
                null, List.of(), List.of("note <u>x</u>"), results.copy(), results.machineAttributes());

        List<Path> files = ReportChecks.writeValidated(results, dir);
        String html = Files.readString(files.get(3));
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>agent")
                .doesNotContain("<i>markup").doesNotContain("<u>x").doesNotContain("\u0001")
                .contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;")
                .contains("db&quot;01&#39; onmouseover=&quot;alert(1)")
                .contains("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot; ]]&gt; \uFFFD done")
                .contains("&lt;/td&gt;&lt;script&gt;x&lt;/script&gt;");
        JsonNode json = ReportChecks.validateJson(files.get(1));
        assertThat(json.path("copy").path("machines").get(0).path("name").asText()).isEqualTo(SCRIPT_NAME);
        assertThat(json.path("copy").path("machines").get(1).path("name").asText()).isEqualTo(QUOTED_NAME);
        assertThat(ReportChecks.readCsv(files.get(2))).extracting(r -> r.get("machine")).contains(SCRIPT_NAME,
                QUOTED_NAME);
        assertThat(Files.readString(files.get(0))).contains("name=\"" + "&lt;script&gt;alert('pwned')&lt;/script&gt;"
                + "\"");
    }

    @Test
    void aPartialWaveSaysWhatRanWhatDidNotAndWhy() throws Exception {
        String html = write(SampleWaves.partial());

        assertThat(html).contains("<span class=\"verdict v-STOPPED\">STOPPED</span>")
                .containsPattern(stageRow("dns", "SKIPPED", "skipped on request \\(--skip dns\\)"))
                .containsPattern(stageRow("roles", "NOT_RUN", "not part of this run"))
                .containsPattern(stageRow("copy", "STOPPED", "the window closed at 06:00"))
                .contains("2 machine(s) STOPPED: big1, big2").contains("5 machine(s) NOT_ATTEMPTED: later1, later2,"
                        + " later3, later4, later5</span> \u2014 not reached before the window closed at 06:00")
                .contains("Stopped: <b>2</b>").contains("Not attempted: <b>5</b>");
        assertThat(write(SampleWaves.nothingRan())).contains("<span class=\"verdict v-NOT_RUN\">NOT_RUN</span>")
                .contains("The copy stage has no results: not part of this run");
    }

    @Test
    void aThousandMachinesStayUnderThreeMegabytes() throws Exception {
        WaveResults results = SampleWaves.large(1000);
        long started = System.nanoTime();
        List<Path> files = ReportChecks.writeValidated(results, dir);
        long millis = (System.nanoTime() - started) / 1_000_000;

        long size = Files.size(files.get(3));
        System.out.printf("1,000 machines: wave-report.html %,d bytes; all four reports written and validated in"
                + " %d ms%n", size, millis);
        assertThat(size).isLessThan(3L * 1024 * 1024);
        String html = Files.readString(files.get(3));
        assertThat(html).contains("1000 machines on 10 lanes; at most 10 ran at once")
                .contains("MiB/s per machine, fastest first (1000 machines");
        assertThat(count(html, "<details>")).isEqualTo(1000);
        assertThat(count(html, "<tr><td class=\"num\">")).isGreaterThanOrEqualTo(1000);
    }

    private static Pattern stageRow(String stage, String status, String reason) {
        return Pattern.compile("<tr><td>" + stage + "</td><td class=\"st st-" + status + "\">[^<]*" + status
                + "</td><td>" + reason);
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private String write(WaveResults results) throws Exception {
        return ReportChecks.checkHtml(ReportChecks.writeValidated(results, dir).get(3));
    }
}
