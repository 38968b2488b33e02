package io.jenkins.plugins.azuremigration.build;

import java.util.List;
import java.util.Set;

/**
 * The outcome of a linkage check: every problem found (each would be a LinkageError or an invisible annotation in
 * Jenkins), the distinct Jenkins references verified (as {@code Class: reference}), in how many classes, and the
 * plugins they need.
 */
record LinkageReport(List<String> problems, List<String> verified, int checkedClasses, Set<String> requiredPlugins) {
    LinkageReport {
        problems = List.copyOf(problems);
        verified = List.copyOf(verified);
        requiredPlugins = Set.copyOf(requiredPlugins);
    }

    /** Distinct Jenkins references (per class) that were checked and link. */
    int verifiedReferences() {
        return verified.size();
    }

    String summary() {
        return "Linkage: " + verifiedReferences() + " Jenkins references verified in " + checkedClasses + " classes"
                + (problems.isEmpty() ? "" : ", " + problems.size() + " problems");
    }
}
