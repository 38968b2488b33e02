package io.jenkins.plugins.azuremigration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.fixtures.DemoWave;
import io.jenkins.plugins.azuremigration.fixtures.ProjectHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's first command, in-process: real Azurite and dnsmasq start, the demo wave validates, both stop. */
class DemoCommandTest {
    @Test
    void demoStartsLocalServicesValidatesItsWaveAndStopsThem() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = WaveCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "demo");

        assertThat(exit).as(err.toString()).isEqualTo(ExitCode.PASSED);
        assertThat(out.toString()).contains("Wave demo-wave").contains("24 machines, 33 disks, 2 agents; valid.")
                .contains("[agents] passed").contains("[dns] passed").contains("[roles] passed").contains("[copy] passed")
                .contains("[dns] passed: " + DemoWave.privateLinkNames().size() + " names")
                .contains("23 succeeded, 0 failed, 0 stopped, 0 not attempted, 1 skipped (gated)");
        // the console ends with where the HTML report is: the first thing a newcomer opens
        Path html = ProjectHome.work().resolve("demo/reports/wave-report.html").toAbsolutePath().normalize();
        assertThat(out.toString().lines().toList()).last().asString().contains(html.toUri().toString());
        assertThat(out.toString()).contains("The HTML report (timeline, machines, DNS, roles): " + html);
        assertThat(maxMachinesInFlight(ProjectHome.work().resolve("demo/reports/wave-report.json")))
                .as("rolling batches of at most ten").isEqualTo(10);
        for (String report : io.jenkins.plugins.azuremigration.engine.report.WaveReports.FILE_NAMES) {
            assertThat(ProjectHome.work().resolve("demo/reports/" + report)).isNotEmptyFile();
        }
        Path demo = ProjectHome.work().resolve("demo");
        assertThat(demo.resolve("disks/web01-os.vhd")).exists();
        assertThat(Files.size(demo.resolve("disks/web01-os.vhd"))).isEqualTo(48L * 1024 * 1024 + 512);
        Matcher storage = Pattern.compile("Azurite on http://127.0.0.1:(\\d+)/").matcher(out.toString());
        assertThat(storage.find()).isTrue();
        assertThat(listening(Integer.parseInt(storage.group(1)))).as("Azurite stopped after the demo").isFalse();
    }

    /** The most machines whose copy intervals overlap, from the JSON report's started/finished times. */
    private static int maxMachinesInFlight(Path json) throws java.io.IOException {
        java.util.List<long[]> events = new java.util.ArrayList<>();
        for (var machine : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).path("copy").path("machines")) {
            if (machine.hasNonNull("started") && machine.hasNonNull("finished")) {
                events.add(new long[] {java.time.Instant.parse(machine.get("started").asText()).toEpochMilli(), 1});
                events.add(new long[] {java.time.Instant.parse(machine.get("finished").asText()).toEpochMilli(), -1});
            }
        }
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int inFlight = 0;
        int max = 0;
        for (long[] event : events) {
            inFlight += (int) event[1];
            max = Math.max(max, inFlight);
        }
        return max;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
