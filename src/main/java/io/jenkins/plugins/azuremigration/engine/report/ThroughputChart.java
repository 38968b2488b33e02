package io.jenkins.plugins.azuremigration.engine.report;

import static io.jenkins.plugins.azuremigration.engine.report.ChartScale.n;

import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import java.util.Comparator;
import java.util.List;

/**
 * Per-machine upload rate (bytes sent in this run over the time the machine ran, MiB/s) as an inline SVG bar chart.
 * Up to {@value #LABELLED_MAX} machines get one labelled horizontal bar each, in wave order; more get one thin column
 * each, fastest first, so that a thousand machines still fit one screen and the slow tail stands out (each column's
 * tooltip names its machine; the machines table has every value). Colours are SVG attributes, not CSS, so the chart
 * keeps them under a Content-Security-Policy that blocks inline styles.
 */
final class ThroughputChart {
    static final int LABELLED_MAX = 60;
    private static final int ROW = 18;
    private static final int LABEL_WIDTH = 230;
    private static final int PLOT_WIDTH = 620;

    private ThroughputChart() {
    }

    static void write(Html html, CopyReport copy) {
        List<MachineResult> timed = copy.machines().stream()
                .filter(m -> m.started() != null && m.finished() != null && !m.duration().isZero()).toList();
        if (timed.isEmpty()) {
            html.element("p", "No machine ran, so there is no throughput to show.");
            return;
        }
        double max = ChartScale.niceMax(timed.stream().mapToDouble(CopySummary::mibPerSecond).max().orElse(0));
        if (timed.size() <= LABELLED_MAX) {
            labelled(html, timed, max);
        } else {
            columns(html, timed, max);
        }
        long untimed = copy.machines().size() - timed.size();
        if (untimed > 0) {
            html.element("p", untimed + " machine(s) did not run (skipped, not attempted, or failed before"
                    + " starting) and are not in the chart.", "class", "note");
        }
    }

    private static void labelled(Html html, List<MachineResult> machines, double max) {
        int plotTop = 8;
        int height = plotTop + machines.size() * ROW + 34;
        int width = LABEL_WIDTH + PLOT_WIDTH + 90;
        openSvg(html, width, height, "Throughput per machine in MiB per second");
        int axisY = plotTop + machines.size() * ROW;
        axis(html, max, LABEL_WIDTH, PLOT_WIDTH, plotTop, axisY);
        for (int i = 0; i < machines.size(); i++) {
            MachineResult machine = machines.get(i);
            double rate = CopySummary.mibPerSecond(machine);
            double barWidth = PLOT_WIDTH * rate / max;
            int y = plotTop + i * ROW;
            html.open("g", "class", "bar").open("title").text(tooltip(machine, rate)).close("title");
            html.element("text", ChartScale.shorten(machine.name(), 34), "x", n(LABEL_WIDTH - 6), "y", n(y + 12.5),
                    "text-anchor", "end");
            html.empty("rect", "x", n(LABEL_WIDTH), "y", n(y + 2), "width", n(Math.max(barWidth, 1)), "height",
                    n(ROW - 5), "fill", Palette.status(machine.status()));
            html.element("text", ReportFormats.decimal(rate, 1), "x", n(LABEL_WIDTH + barWidth + 4), "y",
                    n(y + 12.5), "fill", Palette.INK_SOFT);
            html.close("g").newline();
        }
        html.close("svg").newline();
    }

    private static void columns(Html html, List<MachineResult> machines, double max) {
        List<MachineResult> fastestFirst = machines.stream()
                .sorted(Comparator.comparingDouble((MachineResult m) -> CopySummary.mibPerSecond(m)).reversed())
                .toList();
        int left = 50;
        int plotWidth = 930;
        int top = 10;
        int plotHeight = 220;
        openSvg(html, left + plotWidth + 20, top + plotHeight + 40, "Throughput per machine in MiB per second,"
                + " fastest first");
        for (double tick : ChartScale.ticks(max)) {
            double y = top + plotHeight - plotHeight * tick / max;
            html.empty("line", "x1", n(left), "x2", n(left + plotWidth), "y1", n(y), "y2", n(y), "stroke",
                    Palette.GRID);
            html.element("text", ChartScale.tickLabel(tick), "x", n(left - 6), "y", n(y + 4), "text-anchor", "end",
                    "fill", Palette.INK_SOFT);
        }
        double step = (double) plotWidth / fastestFirst.size();
        for (int i = 0; i < fastestFirst.size(); i++) {
            MachineResult machine = fastestFirst.get(i);
            double rate = CopySummary.mibPerSecond(machine);
            double barHeight = Math.max(plotHeight * rate / max, 0.5);
            // narrow columns touch: a gap under a pixel would only wash the colour out
            double width = step >= 4 ? step * 0.8 : step + 0.1;
            html.open("rect", "x", n(left + i * step), "y", n(top + plotHeight - barHeight), "width", n(width),
                    "height", n(barHeight), "fill", Palette.status(machine.status()))
                    .open("title").text(tooltip(machine, rate)).close("title").close("rect");
        }
        html.element("text", "MiB/s per machine, fastest first (" + fastestFirst.size() + " machines; hover a column"
                + " for its machine)", "x", n(left), "y", n(top + plotHeight + 28), "fill", Palette.INK_SOFT);
        html.close("svg").newline();
    }

    private static void axis(Html html, double max, int left, int width, int top, int bottom) {
        for (double tick : ChartScale.ticks(max)) {
            double x = left + width * tick / max;
            html.empty("line", "x1", n(x), "x2", n(x), "y1", n(top), "y2", n(bottom), "stroke", Palette.GRID);
            html.element("text", ChartScale.tickLabel(tick), "x", n(x), "y", n(bottom + 14), "text-anchor",
                    "middle", "fill", Palette.INK_SOFT);
        }
        html.element("text", "MiB/s", "x", n(left + width / 2.0), "y", n(bottom + 28), "text-anchor", "middle",
                "fill", Palette.INK_SOFT);
    }

    static void openSvg(Html html, int width, int height, String label) {
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", Integer.toString(width), "height",
                Integer.toString(height), "viewBox", "0 0 " + width + " " + height, "role", "img", "aria-label",
                label, "font-family", "sans-serif", "font-size", "11", "fill", Palette.INK).newline();
    }

    private static String tooltip(MachineResult machine, double rate) {
        return machine.name() + ": " + ReportFormats.decimal(rate, 1) + " MiB/s (" + ReportFormats.bytes(
                machine.bytesSent()) + " sent in " + ReportFormats.duration(machine.duration()) + ", "
                + machine.status() + ")";
    }
}
