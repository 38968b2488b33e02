package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The "Pipeline examples" gate: parses each source with Groovy 2.4.21 and checks every call of our steps in it
 * against the steps' parameters as Jenkins binds them. The result says what was checked, so a gate that checks
 * nothing (a renamed symbol, an emptied example) shows.
 */
final class PipelineExamplesGate {
    private final StepCatalog catalog;

    PipelineExamplesGate(StepCatalog catalog) {
        this.catalog = catalog;
    }

    /** What was checked and what was wrong. */
    record Result(int sources, int stepCalls, int arguments, Map<String, Integer> callsPerStep,
            List<Finding> findings) {
        String summary() {
            return sources + " scripts or blocks, " + stepCalls + " step calls, " + arguments + " arguments checked; "
                    + "calls per step " + callsPerStep;
        }
    }

    Result check(List<PipelineSource> sources) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> callsPerStep = new TreeMap<>();
        int[] arguments = {0};
        int calls = 0;
        for (PipelineSource source : sources) {
            GroovySyntax.Parsed parsed = GroovySyntax.parse(source);
            if (parsed.module() == null) {
                findings.addAll(parsed.errors());
                continue;
            }
            StepCallFinder found = StepCallFinder.walk(parsed.module(), catalog);
            for (StepCallFinder.UnknownStep unknown : found.unknownSteps()) {
                findings.add(new Finding(source.file(), source.fileLine(unknown.line()), unknown.name()
                        + " is not one of our steps " + catalog.models().stream().map(StepModel::symbol).toList()
                        + ": renamed, or a typo?"));
            }
            for (StepCall call : found.calls()) {
                calls++;
                callsPerStep.merge(call.model().symbol(), 1, Integer::sum);
                findings.addAll(StepCallChecker.check(call, source, arguments));
            }
            if (source.mustUseOurSteps() && found.calls().isEmpty()) {
                findings.add(new Finding(source.file(), source.fileLine(1), "an example that calls none of our steps "
                        + catalog.models().stream().map(StepModel::symbol).toList() + ": renamed symbol?"));
            }
        }
        return new Result(sources.size(), calls, arguments[0], callsPerStep, findings);
    }
}
