package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome.Status;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.jenkins.common.StepVerdict.Kind;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The build result a step's outcome gives. */
class StepVerdictTest {
    private static WaveResults results(StageOutcome... outcomes) {
        return new WaveResults("wave-07", "w.yaml", "AzurePublicCloud", Instant.EPOCH, Instant.EPOCH, false,
                List.of(outcomes), List.of(), null, List.of(), List.of(), null);
    }

    private static StageRequest request(Set<Stage> stages, boolean unstableOnFailure) {
        return new StageRequest("azureMigrationWave", stages, false, false, null, List.of(), 0, -1, null, null, null,
                "night", unstableOnFailure, new StageRequest.Connection(null, null, null));
    }

    @Test
    void everyRequestedStagePassedIsSuccess() {
        StepVerdict verdict = StepVerdict.of(results(new StageOutcome(Stage.DNS, Status.PASSED, null),
                new StageOutcome(Stage.COPY, Status.NOT_RUN, "not requested")), request(EnumSet.of(Stage.DNS), false));

        assertThat(verdict.kind()).isEqualTo(Kind.SUCCESS);
        assertThat(verdict.message()).isEqualTo("azureMigrationWave: dns passed");
    }

    @Test
    void aFailedOrUnrunRequestedStageFailsTheStepOrMarksUnstableWhenAsked() {
        WaveResults results = results(new StageOutcome(Stage.AGENTS, Status.NOT_RUN, "no Azure identity"),
                new StageOutcome(Stage.DNS, Status.FAILED, "1 of 3 names resolve publicly"));

        StepVerdict failing = StepVerdict.of(results, request(EnumSet.of(Stage.AGENTS, Stage.DNS), false));
        StepVerdict unstable = StepVerdict.of(results, request(EnumSet.of(Stage.AGENTS, Stage.DNS), true));

        assertThat(failing.kind()).isEqualTo(Kind.FAILURE);
        assertThat(failing.message()).isEqualTo("azureMigrationWave: agents not run (no Azure identity); "
                + "dns failed (1 of 3 names resolve publicly); reports in night/");
        assertThat(unstable.kind()).isEqualTo(Kind.UNSTABLE);
    }

    @Test
    void aCopyStoppedAtTheWindowEndIsUnstableAndSaysTheNextRunResumes() {
        StepVerdict verdict = StepVerdict.of(results(new StageOutcome(Stage.COPY, Status.STOPPED,
                "the copy window closed at 05:30 (copy.stopAt)")), request(EnumSet.of(Stage.COPY), false));

        assertThat(verdict.kind()).isEqualTo(Kind.UNSTABLE);
        assertThat(verdict.message()).endsWith("the next run resumes from night/copy-journal.log");
    }
}
