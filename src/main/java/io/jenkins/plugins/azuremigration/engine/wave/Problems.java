package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one validation, so that the user sees them all at once, in file order. */
final class Problems {
    private final List<WaveProblem> found = new ArrayList<>();

    void add(SourcePosition position, String field, String message) {
        found.add(WaveProblem.at(position, field, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<WaveProblem> sorted() {
        List<WaveProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(WaveProblem::file).thenComparingInt(WaveProblem::line)
                .thenComparingInt(WaveProblem::column));
        return sorted;
    }
}
