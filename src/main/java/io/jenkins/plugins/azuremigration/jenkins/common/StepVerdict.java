package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.engine.report.StageOutcome;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome.Status;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a step's results mean for the build: SUCCESS when every requested stage passed; UNSTABLE when the copy
 * stopped at the window's end (the next run resumes) or, with {@code unstableOnFailure}, when a stage failed;
 * otherwise a failed step. A requested stage that could not run (no Azure identity, no storage) is a failure too, as
 * is a single-stage step whose stage found nothing to do.
 */
public record StepVerdict(Kind kind, String message) {
    /** The three ways a step ends. */
    public enum Kind { SUCCESS, UNSTABLE, FAILURE }

    public static StepVerdict of(WaveResults results, StageRequest request) {
        List<StageOutcome> requested = results.stages().stream()
                .filter(outcome -> request.stages().contains(outcome.stage())).toList();
        // a single-stage step that found nothing to do (no names to check, no agents listed) did not do its job
        boolean singleStage = request.stages().size() == 1;
        List<StageOutcome> failed = requested.stream().filter(o -> o.status() == Status.FAILED
                || o.status() == Status.NOT_RUN || singleStage && o.status() == Status.SKIPPED).toList();
        List<StageOutcome> stopped = requested.stream().filter(o -> o.status() == Status.STOPPED).toList();
        if (!failed.isEmpty()) {
            String message = request.step() + ": " + describe(failed) + "; reports in " + request.out() + "/";
            return new StepVerdict(request.unstableOnFailure() ? Kind.UNSTABLE : Kind.FAILURE, message);
        }
        if (!stopped.isEmpty()) {
            return new StepVerdict(Kind.UNSTABLE, request.step() + ": " + describe(stopped)
                    + "; the next run resumes from " + request.journal());
        }
        return new StepVerdict(Kind.SUCCESS, request.step() + ": " + requested.stream()
                .map(o -> o.stage().id() + " passed").collect(Collectors.joining(", ")));
    }

    private static String describe(List<StageOutcome> outcomes) {
        return outcomes.stream().map(o -> o.stage().id() + " " + o.status().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + (o.reason() == null ? "" : " (" + o.reason() + ")"))
                .collect(Collectors.joining("; "));
    }
}
