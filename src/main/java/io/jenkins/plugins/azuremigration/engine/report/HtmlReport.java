package io.jenkins.plugins.azuremigration.engine.report;

import static io.jenkins.plugins.azuremigration.engine.report.ChartScale.n;

import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The wave as one self-contained HTML page ({@code wave-report.html}) that opens from a Jenkins artifact link:
 * summary, problems, throughput and timeline charts (inline SVG), machines, DNS, roles and agents.
 *
 * <p>No JavaScript at all, nothing fetched: Jenkins serves artifacts with a Content-Security-Policy that blocks
 * scripts (and inline styles), so the page is plain HTML whose charts carry their colours as SVG attributes, and
 * whose own {@code <meta>} policy forbids every script and request, so that even an unescaped value could not run
 * or phone home. Opened from disk, the inline stylesheet applies; under Jenkins' policy the page stays readable.
 */
final class HtmlReport {
    static final String FILE_NAME = "wave-report.html";
    /** The page's own policy: nothing but its inline styles and inline images. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " base-uri 'none'; form-action 'none'";

    private HtmlReport() {
    }

    static byte[] render(WaveResults results) {
        int machines = results.copy() == null ? 0 : results.copy().machines().size();
        Html html = new Html(64 * 1024 + machines * 1500);
        head(html, results);
        html.open("body").newline();
        header(html, results);
        summary(html, results);
        problems(html, results);
        copySections(html, results);
        html.open("h2", "id", "dns").text("DNS").close("h2").newline();
        stageLine(html, results.outcome(Stage.DNS));
        if (results.dns() != null) {
            HtmlTables.dns(html, results.dns());
        }
        html.open("h2", "id", "roles").text("Role assignments").close("h2").newline();
        stageLine(html, results.outcome(Stage.ROLES));
        if (!results.roles().isEmpty()) {
            HtmlTables.roles(html, results.roles());
        }
        if (!results.notes().isEmpty()) {
            html.open("ul", "class", "note");
            results.notes().forEach(note -> html.element("li", note));
            html.close("ul").newline();
        }
        html.open("h2", "id", "agents").text("Storage Mover agents").close("h2").newline();
        stageLine(html, results.outcome(Stage.AGENTS));
        if (!results.agents().isEmpty()) {
            HtmlTables.agents(html, results.agents());
        }
        html.open("p", "class", "note").text("Written by the Azure Migration Wave plugin. Times are UTC. This page"
                + " runs no script and loads nothing; every value is also in wave-report.json and wave-report.csv.")
                .close("p").newline();
        html.close("body").close("html").newline();
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void head(Html html, WaveResults results) {
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY).newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.element("title", (results.simulated() ? "[SIMULATOR] " : "") + "Wave " + results.wave() + " \u2014 "
                + verdict(results)).newline();
        html.open("style").raw(ReportStyle.CSS).close("style").newline();
        html.raw("</head>\n");
    }

    private static void header(Html html, WaveResults results) {
        html.open("h1").text("Wave " + results.wave() + " ").open("span", "class", "verdict v-" + verdict(results))
                .text(verdict(results)).close("span").close("h1").newline();
        if (results.simulated()) {
            // An SVG as well as a styled div: the red survives a policy that drops the stylesheet.
            html.open("div", "class", "banner", "id", "simulator-banner", "role", "alert");
            ThroughputChart.openSvg(html, 900, 34, "Local simulator");
            html.empty("rect", "width", "900", "height", "34", "rx", "5", "fill", Palette.BANNER);
            html.element("text", "LOCAL SIMULATOR \u2014 nothing in this report happened in Azure", "x", "14", "y",
                    "23", "fill", "#ffffff", "font-size", "17", "font-weight", "bold");
            html.close("svg").close("div").newline();
        }
        html.open("p", "class", "meta").text("Wave file " + orDash(results.waveFile()) + " \u00b7 cloud "
                + orDash(results.cloud()) + " \u00b7 " + orDash(ReportFormats.iso(results.started())) + " to "
                + orDash(ReportFormats.iso(results.finished())) + " ("
                + ReportFormats.duration(ReportFormats.between(results.started(), results.finished())) + ")")
                .close("p").newline();
        html.raw("<nav><a href=\"#summary\">Summary</a> <a href=\"#problems\">Problems</a> <a href=\"#throughput\">"
                + "Throughput</a> <a href=\"#timeline\">Timeline</a> <a href=\"#machines\">Machines</a> <a href=\""
                + "#dns\">DNS</a> <a href=\"#roles\">Roles</a> <a href=\"#agents\">Agents</a></nav>\n");
    }

    private static void summary(Html html, WaveResults results) {
        html.open("h2", "id", "summary").text("Summary").close("h2").newline();
        HtmlTables.openTable(html, "stages", "Stage", "Status", "Reason");
        for (Stage stage : Stage.values()) {
            StageOutcome outcome = results.outcome(stage);
            html.open("tr").element("td", stage.id());
            HtmlTables.status(html, outcome.status().name());
            html.element("td", outcome.reason() == null ? "" : outcome.reason()).close("tr").newline();
        }
        html.close("table").newline();
        CopyReport copy = results.copy();
        if (copy == null) {
            html.element("p", "The copy stage has no results: " + orDash(results.outcome(Stage.COPY).reason()));
            return;
        }
        CopySummary s = CopySummary.of(copy);
        html.open("div", "class", "cards", "id", "machine-counts").newline();
        card(html, "Machines", s.machines());
        card(html, "Succeeded", s.succeeded());
        card(html, "Failed", s.failed());
        card(html, "Skipped", s.skipped());
        card(html, "Stopped", s.stopped());
        card(html, "Not attempted", s.notAttempted());
        html.close("div").newline();
        html.open("p", "id", "copy-numbers").text("Copy: " + ReportFormats.duration(s.duration()) + ", "
                + s.disks() + " disks, " + ReportFormats.bytes(s.bytesSent()) + " sent at "
                + ReportFormats.decimal(s.mibPerSecond(), 1) + " MiB/s, " + ReportFormats.bytes(s.bytesSkipped())
                + " of empty pages skipped, " + ReportFormats.bytes(s.bytesResumed()) + " already in Azure from an"
                + " earlier run; " + s.batches() + " batch(es), at most " + s.maxConcurrentMachines()
                + " machines at once; " + s.retries() + " retries (" + s.throttled() + " throttled).").close("p")
                .newline();
        bytesBar(html, s);
    }

    private static void card(Html html, String label, long value) {
        html.open("div", "class", "card").text(label + ": ").open("b").text(Long.toString(value)).close("b")
                .close("div").newline();
    }

    /** Sent vs empty pages vs resumed, as one stacked bar. */
    private static void bytesBar(Html html, CopySummary s) {
        long sum = s.bytesSent() + s.bytesSkipped() + s.bytesResumed();
        if (sum == 0) {
            return;
        }
        int width = 900;
        ThroughputChart.openSvg(html, width, 58, "Bytes sent versus skipped");
        double x = 0;
        String[][] parts = {{"sent", Palette.SENT}, {"empty pages skipped", Palette.EMPTY_PAGES},
            {"resumed", Palette.RESUMED}};
        long[] values = {s.bytesSent(), s.bytesSkipped(), s.bytesResumed()};
        double legend = 0;
        for (int i = 0; i < parts.length; i++) {
            double w = (double) width * values[i] / sum;
            html.open("rect", "class", "bytes-" + i, "x", n(x), "y", "0", "width", n(w), "height", "26", "fill",
                    parts[i][1]).open("title").text(parts[i][0] + ": " + ReportFormats.bytes(values[i]))
                    .close("title").close("rect");
            x += w;
            html.empty("rect", "x", n(legend), "y", "36", "width", "12", "height", "12", "fill", parts[i][1]);
            String label = parts[i][0] + " " + ReportFormats.bytes(values[i]) + " (" + Math.round(100.0 * values[i]
                    / sum) + "%)";
            html.element("text", label, "x", n(legend + 16), "y", "46");
            legend += 16 + label.length() * 6.6 + 24;
        }
        html.close("svg").newline();
    }

    private static void problems(Html html, WaveResults results) {
        html.open("h2", "id", "problems").text("Problems").close("h2").newline();
        List<Problems.Problem> problems = Problems.of(results);
        if (problems.isEmpty()) {
            html.element("p", "None: every stage ran and passed.");
            return;
        }
        html.open("ul", "class", "problems").newline();
        for (Problems.Problem problem : problems) {
            html.open("li", "class", "problem p-" + problem.level()).element("span", problem.level() + " ", "class",
                    "st st-" + (problem.level() == Problems.Level.ERROR ? "FAILED" : problem.level()
                            == Problems.Level.WARNING ? "WARNING" : "SKIPPED"))
                    .element("span", "[" + problem.stage().id() + "] " + problem.where(), "class", "where")
                    .text(" \u2014 " + orDash(problem.what())).close("li").newline();
        }
        html.close("ul").newline();
    }

    private static void copySections(Html html, WaveResults results) {
        CopyReport copy = results.copy();
        html.open("h2", "id", "throughput").text("Throughput per machine").close("h2").newline();
        if (copy == null) {
            stageLine(html, results.outcome(Stage.COPY));
        } else {
            ThroughputChart.write(html, copy);
        }
        html.open("h2", "id", "timeline").text("Timeline of the copy").close("h2").newline();
        if (copy != null) {
            CopyTimeline timeline = CopyTimeline.of(copy);
            html.element("p", "Each lane is a slot: a machine takes the lowest free slot when it starts, so the"
                    + " chart has as many lanes as the most machines that ran at once (" + timeline.maxConcurrent()
                    + "; the limit is " + TimelineChart.LIMIT + "). Colour: batch; red: failed; brown: stopped.",
                    "class", "note");
            TimelineChart.write(html, timeline);
        }
        html.open("h2", "id", "machines").text("Machines").close("h2").newline();
        stageLine(html, results.outcome(Stage.COPY));
        if (copy != null) {
            HtmlTables.machines(html, copy, results);
        }
    }

    private static void stageLine(Html html, StageOutcome outcome) {
        html.open("p", "class", "meta").text("Stage " + outcome.stage().id() + ": ").open("span", "class",
                "st st-" + outcome.status()).text(outcome.status().name()).close("span")
                .text(outcome.reason() == null ? "" : " \u2014 " + outcome.reason()).close("p").newline();
    }

    /** FAILED, STOPPED (early, without a failure), PASSED, or NOT_RUN when no stage ran at all. */
    static String verdict(WaveResults results) {
        if (results.stages().stream().anyMatch(s -> s.status() == StageOutcome.Status.FAILED)) {
            return "FAILED";
        }
        if (!results.passed()) {
            return "STOPPED";
        }
        return results.stages().stream().anyMatch(s -> s.status() == StageOutcome.Status.PASSED) ? "PASSED"
                : "NOT_RUN";
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
