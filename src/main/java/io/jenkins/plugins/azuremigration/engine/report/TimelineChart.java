package io.jenkins.plugins.azuremigration.engine.report;

import static io.jenkins.plugins.azuremigration.engine.report.ChartScale.n;

import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The copy as a Gantt chart: one bar per machine on the lanes of {@link CopyTimeline} (so there are exactly as many
 * lanes as the most machines that ran at once), coloured by batch, and under it the number of machines running over
 * time against the limit of {@value #LIMIT} that Azure Migrate (and the wave file) allow.
 */
final class TimelineChart {
    /** Machines in flight at once may never exceed this (copy.batchSize is at most 10). */
    static final int LIMIT = 10;
    private static final int LEFT = 70;
    private static final int PLOT_WIDTH = 900;
    private static final int LANE = 24;
    private static final int TOP = 18;
    private static final int STEP_HEIGHT = 110;
    private static final int MAX_BATCH_MARKERS = 30;

    private TimelineChart() {
    }

    static void write(Html html, CopyTimeline timeline) {
        if (timeline.bars().isEmpty() || timeline.start() == null || timeline.end() == null) {
            html.element("p", "No machine started, so there is no timeline to show.");
            return;
        }
        Instant start = timeline.start();
        double span = Math.max(1, Duration.between(start, timeline.end()).toMillis());
        int lanes = timeline.lanes();
        int ganttBottom = TOP + lanes * LANE;
        int stepTop = ganttBottom + 40;
        int stepBottom = stepTop + STEP_HEIGHT;
        int height = stepBottom + 40;
        ThroughputChart.openSvg(html, LEFT + PLOT_WIDTH + 30, height, "Timeline of the copy: " + timeline.bars().size()
                + " machines on " + lanes + " lanes; at most " + timeline.maxConcurrent() + " ran at once");
        X x = at -> LEFT + PLOT_WIDTH * Duration.between(start, at).toMillis() / span;

        List<Instant> ticks = ChartScale.timeTicks(start, timeline.end(), 8);
        for (Instant tick : ticks) {
            html.empty("line", "x1", n(x.of(tick)), "x2", n(x.of(tick)), "y1", n(TOP), "y2", n(stepBottom),
                    "stroke", Palette.GRID);
            html.element("text", ReportFormats.clock(tick), "x", n(x.of(tick)), "y", n(ganttBottom + 14),
                    "text-anchor", "middle", "fill", Palette.INK_SOFT);
            html.element("text", ReportFormats.clock(tick), "x", n(x.of(tick)), "y", n(stepBottom + 14),
                    "text-anchor", "middle", "fill", Palette.INK_SOFT);
        }
        for (int lane = 0; lane < lanes; lane++) {
            html.element("text", "slot " + (lane + 1), "x", n(LEFT - 8), "y", n(TOP + lane * LANE + 16),
                    "text-anchor", "end", "fill", Palette.INK_SOFT);
        }
        batchMarkers(html, timeline, x, ganttBottom);
        for (CopyTimeline.Bar bar : timeline.bars()) {
            bar(html, bar, x);
        }
        html.element("text", "UTC", "x", n(LEFT + PLOT_WIDTH + 4), "y", n(ganttBottom + 14), "fill",
                Palette.INK_SOFT);
        steps(html, timeline, x, stepTop, stepBottom);
        html.close("svg").newline();
    }

    /** Maps an instant to its x coordinate. */
    private interface X {
        double of(Instant at);
    }

    private static void bar(Html html, CopyTimeline.Bar bar, X x) {
        MachineResult machine = bar.machine();
        double left = x.of(bar.start());
        double width = Math.max(x.of(bar.end()) - left, 1.5);
        double y = TOP + bar.lane() * LANE + 2;
        String fill = machine.status() == CopyStatus.SUCCEEDED ? Palette.batch(machine.batch())
                : Palette.status(machine.status());
        html.open("g").open("title").text(machine.name() + " \u2014 batch " + machine.batch() + " \u2014 "
                + machine.status() + " \u2014 " + ReportFormats.clock(bar.start()) + " to "
                + ReportFormats.clock(bar.end()) + " UTC (" + ReportFormats.duration(Duration.between(bar.start(),
                        bar.end())) + ")").close("title");
        html.empty("rect", "x", n(left), "y", n(y), "width", n(width), "height", n(LANE - 4), "fill", fill,
                "stroke", "#ffffff", "stroke-width", "1");
        int fits = (int) ((width - 6) / 6.2);
        if (fits >= 4) {
            html.element("text", ChartScale.shorten(machine.name(), fits), "x", n(left + 3), "y", n(y + 14),
                    "fill", machine.status() == CopyStatus.SUCCEEDED ? Palette.INK : "#ffffff");
        }
        html.close("g").newline();
    }

    /** A dashed line where each batch began, while there are few enough batches to label. */
    private static void batchMarkers(Html html, CopyTimeline timeline, X x, int ganttBottom) {
        Map<Integer, Instant> firstStart = new TreeMap<>();
        timeline.bars().forEach(bar -> firstStart.merge(bar.machine().batch(), bar.start(),
                (a, b) -> a.isBefore(b) ? a : b));
        if (firstStart.size() < 2 || firstStart.size() > MAX_BATCH_MARKERS) {
            return;
        }
        double lastLabel = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, Instant> batch : firstStart.entrySet()) {
            double at = x.of(batch.getValue());
            html.empty("line", "x1", n(at), "x2", n(at), "y1", n(TOP - 4), "y2", n(ganttBottom), "stroke",
                    Palette.INK_SOFT, "stroke-dasharray", "3 3");
            if (at - lastLabel >= 26) {
                html.element("text", "B" + batch.getKey(), "x", n(at + 2), "y", n(TOP - 6), "fill", Palette.INK_SOFT);
                lastLabel = at;
            }
        }
    }

    /** Machines running over time, with the limit and the observed maximum. */
    private static void steps(Html html, CopyTimeline timeline, X x, int top, int bottom) {
        int yMax = Math.max(LIMIT, timeline.maxConcurrent()) + 1;
        Y y = count -> bottom - (double) (bottom - top) * count / yMax;
        for (int count = 0; count <= yMax; count += yMax > 12 ? 5 : 2) {
            html.element("text", Integer.toString(count), "x", n(LEFT - 8), "y", n(y.of(count) + 4), "text-anchor",
                    "end", "fill", Palette.INK_SOFT);
        }
        html.empty("line", "x1", n(LEFT), "x2", n(LEFT + PLOT_WIDTH), "y1", n(bottom), "y2", n(bottom), "stroke",
                Palette.INK_SOFT);
        StringBuilder path = new StringBuilder("M").append(n(LEFT)).append(' ').append(n(bottom));
        for (CopyTimeline.Step step : timeline.steps()) {
            path.append("H").append(n(x.of(step.at()))).append("V").append(n(y.of(step.running())));
        }
        path.append("H").append(n(LEFT + PLOT_WIDTH));
        html.empty("path", "class", "running", "d", path.toString(), "fill", "none", "stroke", Palette.SENT,
                "stroke-width", "2");
        html.empty("line", "class", "limit", "x1", n(LEFT), "x2", n(LEFT + PLOT_WIDTH), "y1", n(y.of(LIMIT)),
                "y2", n(y.of(LIMIT)), "stroke", Palette.LIMIT, "stroke-dasharray", "6 4");
        html.element("text", "limit: " + LIMIT + " at once", "x", n(LEFT + PLOT_WIDTH - 4), "y", n(y.of(LIMIT) - 4),
                "text-anchor", "end", "fill", Palette.LIMIT);
        html.empty("line", "class", "max-concurrency", "x1", n(LEFT), "x2", n(LEFT + PLOT_WIDTH), "y1",
                n(y.of(timeline.maxConcurrent())), "y2", n(y.of(timeline.maxConcurrent())), "stroke", Palette.SENT,
                "stroke-dasharray", "2 3");
        html.element("text", "max " + timeline.maxConcurrent() + " machines at once", "x", n(LEFT + 4), "y",
                n(y.of(timeline.maxConcurrent()) - 4), "fill", Palette.SENT, "font-weight", "bold");
        html.element("text", "machines running", "x", n(LEFT - 60), "y", n(top - 8), "fill", Palette.INK_SOFT);
    }

    private interface Y {
        double of(int count);
    }
}
