package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * When each machine ran, laid out for a Gantt chart. Machines are placed on lanes the way a scheduler fills slots: a
 * machine takes the lowest lane free when it starts. For intervals that greedy choice uses exactly as many lanes as
 * the most machines that ran at once, so the chart's height itself shows the wave never exceeded its batch size,
 * and stays ten lanes tall for a thousand machines.
 *
 * <p>A machine's interval is [started, finished); one that ends when another starts does not overlap it. A machine
 * that started but has no finish (an interrupted run) runs until the copy's end.
 */
final class CopyTimeline {
    /** One machine on its lane. */
    record Bar(MachineResult machine, int lane, Instant start, Instant end) {
    }

    /** From {@code at} on, {@code running} machines ran. */
    record Step(Instant at, int running) {
    }

    private final List<Bar> bars;
    private final List<Step> steps;
    private final int maxConcurrent;
    private final Instant start;
    private final Instant end;

    private CopyTimeline(List<Bar> bars, List<Step> steps, int maxConcurrent, Instant start, Instant end) {
        this.bars = bars;
        this.steps = steps;
        this.maxConcurrent = maxConcurrent;
        this.start = start;
        this.end = end;
    }

    static CopyTimeline of(CopyReport copy) {
        List<MachineResult> ran = copy.machines().stream().filter(m -> m.started() != null)
                .sorted(Comparator.comparing(MachineResult::started)).toList();
        Instant first = ran.stream().map(MachineResult::started).min(Comparator.naturalOrder())
                .orElse(copy.started());
        Instant last = ran.stream().map(m -> m.finished() == null ? m.started() : m.finished())
                .max(Comparator.naturalOrder()).orElse(copy.finished());
        if (copy.finished() != null && (last == null || copy.finished().isAfter(last))) {
            last = copy.finished();
        }
        List<Bar> bars = new ArrayList<>();
        PriorityQueue<Bar> busy = new PriorityQueue<>(Comparator.comparing(Bar::end));
        TreeSet<Integer> free = new TreeSet<>();
        int lanes = 0;
        for (MachineResult machine : ran) {
            Instant finish = machine.finished() != null ? machine.finished() : last;
            if (finish.isBefore(machine.started())) {
                finish = machine.started();
            }
            while (!busy.isEmpty() && !busy.peek().end().isAfter(machine.started())) {
                free.add(busy.poll().lane());
            }
            int lane = free.isEmpty() ? lanes++ : free.pollFirst();
            Bar bar = new Bar(machine, lane, machine.started(), finish);
            bars.add(bar);
            busy.add(bar);
        }
        List<Step> steps = steps(bars);
        int max = steps.stream().mapToInt(Step::running).max().orElse(0);
        return new CopyTimeline(List.copyOf(bars), steps, max, first, last);
    }

    /** The number of running machines over time: ends sort before starts at the same instant. */
    private static List<Step> steps(List<Bar> bars) {
        record Change(Instant at, int delta) {
        }
        List<Change> changes = new ArrayList<>();
        for (Bar bar : bars) {
            changes.add(new Change(bar.start(), 1));
            changes.add(new Change(bar.end(), -1));
        }
        changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::delta));
        List<Step> steps = new ArrayList<>();
        int running = 0;
        for (Change change : changes) {
            running += change.delta();
            if (!steps.isEmpty() && steps.get(steps.size() - 1).at().equals(change.at())) {
                steps.set(steps.size() - 1, new Step(change.at(), running));
            } else {
                steps.add(new Step(change.at(), running));
            }
        }
        return List.copyOf(steps);
    }

    List<Bar> bars() {
        return bars;
    }

    List<Step> steps() {
        return steps;
    }

    /** The most machines that ran at the same time (0 when none ran). */
    int maxConcurrent() {
        return maxConcurrent;
    }

    int lanes() {
        return bars.stream().mapToInt(Bar::lane).max().orElse(-1) + 1;
    }

    /** The first start (or the copy's start); null when nothing is known. */
    Instant start() {
        return start;
    }

    /** The last finish (or the copy's finish); null when nothing is known. */
    Instant end() {
        return end;
    }
}
