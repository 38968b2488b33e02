package io.jenkins.plugins.azuremigration.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(out.toString()).contains("Wave demo-wave").contains("4 machines, 6 disks, 2 agents; valid.")
                .contains("[agents] passed").contains("[dns] passed").contains("[roles] passed").contains("[copy] passed");
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

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
