package io.jenkins.plugins.azuremigration.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lanes equal the most machines that ran at once; touching intervals do not overlap. */
class CopyTimelineTest {
    private static final Instant T = SampleWaves.NIGHT;

    @Test
    void lanesAreReusedAndCountTheMostMachinesAtOnce() {
        CopyTimeline timeline = CopyTimeline.of(copy(
                run("a", 0, 100), run("b", 10, 50), run("c", 50, 120), run("d", 60, 70), run("e", 100, 130)));

        assertThat(timeline.maxConcurrent()).isEqualTo(3);
        assertThat(timeline.lanes()).isEqualTo(3);
        assertThat(timeline.bars()).extracting(b -> b.machine().name() + "@" + b.lane())
                .containsExactly("a@0", "b@1", "c@1", "d@2", "e@0");
        assertThat(timeline.start()).isEqualTo(T);
        assertThat(timeline.end()).isEqualTo(T.plusSeconds(130));
    }

    @Test
    void aMachineEndingAsAnotherStartsDoesNotOverlapIt() {
        CopyTimeline timeline = CopyTimeline.of(copy(run("a", 0, 60), run("b", 60, 120)));

        assertThat(timeline.maxConcurrent()).isEqualTo(1);
        assertThat(timeline.steps()).extracting(CopyTimeline.Step::running).containsExactly(1, 1, 0);
    }

    @Test
    void theLargeSampleNeverRunsMoreThanTen() {
        WaveResults large = SampleWaves.large(1000);
        CopyTimeline timeline = CopyTimeline.of(large.copy());

        assertThat(timeline.maxConcurrent()).isEqualTo(10);
        assertThat(timeline.lanes()).isEqualTo(10);
        assertThat(CopySummary.of(large.copy()).maxConcurrentMachines()).isEqualTo(10);
    }

    @Test
    void machinesThatNeverStartedAreNotOnTheTimeline() {
        CopyTimeline timeline = CopyTimeline.of(SampleWaves.partial().copy());

        assertThat(timeline.bars()).hasSize(5);
        assertThat(timeline.maxConcurrent()).isEqualTo(5);
        assertThat(CopyTimeline.of(copy()).maxConcurrent()).isZero();
    }

    private static MachineResult run(String name, int from, int to) {
        return new MachineResult(name, CopyStatus.SUCCEEDED, 1, T.plusSeconds(from), T.plusSeconds(to), List.of(),
                null);
    }

    private static CopyReport copy(MachineResult... machines) {
        return new CopyReport("w", T, machines.length == 0 ? T : T.plusSeconds(130), List.of(machines), null,
                List.of());
    }
}
