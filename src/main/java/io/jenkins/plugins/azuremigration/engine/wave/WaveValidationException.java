package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a wave at once; nothing runs while there is any. */
public final class WaveValidationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<WaveProblem> problems;

    public WaveValidationException(List<WaveProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<WaveProblem> problems() {
        return problems;
    }

    private static String summary(List<WaveProblem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The wave is not valid (" + count + "):\n"
                + problems.stream().map(WaveProblem::toString).collect(Collectors.joining("\n"));
    }
}
