package io.jenkins.plugins.azuremigration.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser (Debian's headless Chromium), opened from file:// as a downloaded artifact is:
 * the charts and tables render, the page makes no request, it stays readable under the Content-Security-Policy
 * Jenkins serves artifacts with, and a screenshot is kept in target/report-screenshots/ for people to look at.
 */
class ChromiumReportTest {
    static final Path SCREENSHOTS = ReportChecks.HOME.resolve("target/report-screenshots");
    /** Jenkins' default policy for archived artifacts, less "sandbox allow-same-origin" (a meta tag cannot sandbox). */
    static final String JENKINS_CSP = "default-src 'none'; img-src 'self'; style-src 'self';";
    /** The simulator banner's red, as Chromium paints it. */
    static final int BANNER_RGB = 0xB00020;

    @TempDir
    Path dir;

    private HeadlessChromium chromium;

    @BeforeEach
    void needsChromium() {
        assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed (/usr/bin/chromium), so the"
                + " HTML report was not rendered in a browser; run bin/setup-services (as root) to install it");
        chromium = new HeadlessChromium(dir);
    }

    @Test
    void rendersChartsAndTablesAndRequestsNothing() throws Exception {
        Path html = ReportChecks.writeValidated(SampleWaves.realistic(), SCREENSHOTS.resolve("wave-07")).get(3);
        Path netLog = dir.resolve("net-log.json");

        String dom = chromium.dumpDom(html, netLog).stdout();

        assertThat(dom).contains("id=\"simulator-banner\"").contains("LOCAL SIMULATOR")
                .contains("aria-label=\"Throughput per machine in MiB per second\"")
                .contains("aria-label=\"Timeline of the copy: 24 machines on 10 lanes; at most 10 ran at once\"")
                .contains("class=\"running\"").contains("class=\"limit\"").contains("class=\"max-concurrency\"")
                .contains("max 10 machines at once");
        assertThat(HtmlReportTest.count(dom, "<g class=\"bar\">")).isEqualTo(24);
        for (String table : List.of("stages", "machines", "dns", "roles", "agents")) {
            assertThat(dom).contains("<table id=\"" + table + "-table\"");
        }
        assertThat(HtmlReportTest.count(dom, "<details>")).isEqualTo(25);
        assertThat(dom).contains("migcache04.blob.core.windows.net").contains("PUBLIC_IP")
                .contains("Storage Blob Data Owner").contains("agent-onprem-04");
        assertThat(dom).doesNotContain("<script");
        assertThat(HeadlessChromium.pageRequests(netLog)).as("requests made by the page; every URL in the net log: "
                + HeadlessChromium.allUrls(netLog)).isEmpty();
    }

    @Test
    void theRequestCheckCatchesAPageThatFetches() throws Exception {
        Path leaky = dir.resolve("leaky.html");
        Files.writeString(leaky, "<!DOCTYPE html><html><head>"
                + "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/x.css\"></head>"
                + "<body><img src=\"http://127.0.0.1:9/chart.png\"></body></html>");
        Path netLog = dir.resolve("leaky-net-log.json");

        chromium.dumpDom(leaky, netLog);

        assertThat(HeadlessChromium.pageRequests(netLog)).contains("http://127.0.0.1:9/x.css",
                "http://127.0.0.1:9/chart.png");
    }

    @Test
    void savesAScreenshot() throws Exception {
        Path html = ReportChecks.writeValidated(SampleWaves.realistic(), SCREENSHOTS.resolve("wave-07")).get(3);
        Path png = SCREENSHOTS.resolve("wave-report.png");
        Files.deleteIfExists(png);

        chromium.screenshot(html, png, 1280, 2000);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        assertThat(containsColour(image, BANNER_RGB, 300)).as("the red simulator banner is painted").isTrue();
        System.out.println("HTML report screenshot: " + png);
    }

    @Test
    void staysReadableUnderJenkinsContentSecurityPolicy() throws Exception {
        Path html = ReportChecks.writeValidated(SampleWaves.realistic(), dir.resolve("csp")).get(3);
        Path underCsp = dir.resolve("wave-report-jenkins-csp.html");
        Files.writeString(underCsp, Files.readString(html).replaceFirst("<head>\n", "<head>\n<meta http-equiv="
                + "\"Content-Security-Policy\" content=\"" + JENKINS_CSP + "\">\n"));
        Path png = SCREENSHOTS.resolve("wave-report-jenkins-csp.png");
        Path netLog = dir.resolve("csp-net-log.json");

        String dom = chromium.dumpDom(underCsp, netLog).stdout();
        chromium.screenshot(underCsp, png, 1280, 2000);

        assertThat(dom).contains("<table id=\"machines-table\" border=\"1\"").contains("class=\"max-concurrency\"");
        assertThat(containsColour(ImageIO.read(png.toFile()), BANNER_RGB, 300))
                .as("the banner is an SVG, so it stays red when the policy drops the stylesheet").isTrue();
        assertThat(HeadlessChromium.pageRequests(netLog)).isEmpty();
    }

    @Test
    void aThousandMachinesRenderQuickly() throws Exception {
        Path html = ReportChecks.writeValidated(SampleWaves.large(1000), dir.resolve("large")).get(3);
        Path empty = dir.resolve("empty.html");
        Files.writeString(empty, "<!DOCTYPE html><html><body>empty</body></html>");
        Path netLog = dir.resolve("large-net-log.json");

        HeadlessChromium.Run baseline = chromium.dumpDom(empty, dir.resolve("empty-net-log.json"));
        HeadlessChromium.Run dom = chromium.dumpDom(html, netLog);
        HeadlessChromium.Run shot = chromium.screenshot(html, SCREENSHOTS.resolve("wave-report-1000.png"), 1280, 2000);

        System.out.printf("1,000 machines: %,d bytes of HTML; Chromium --dump-dom %d ms, --screenshot %d ms"
                + " (an empty page: %d ms, browser start included)%n", Files.size(html), dom.elapsed().toMillis(),
                shot.elapsed().toMillis(), baseline.elapsed().toMillis());
        assertThat(HtmlReportTest.count(dom.stdout(), "<details>")).isEqualTo(1000);
        assertThat(dom.stdout()).contains("1000 machines on 10 lanes; at most 10 ran at once");
        assertThat(dom.elapsed()).as("render time").isLessThan(java.time.Duration.ofSeconds(30));
        assertThat(HeadlessChromium.pageRequests(netLog)).isEmpty();
    }

    private static boolean containsColour(BufferedImage image, int rgb, int rows) {
        for (int y = 0; y < Math.min(rows, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
