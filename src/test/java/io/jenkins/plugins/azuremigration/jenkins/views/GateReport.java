package io.jenkins.plugins.azuremigration.jenkins.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the gate found: problems ({@code file:line: message}), and what it checked, counted once per place even when
 * a fragment is checked for each view that includes it. Anything it cannot verify must match an {@link Allowance}
 * (view and expression exactly, with a reason), else it is a problem too: nothing passes silently.
 */
final class GateReport {
    /** A use the gate cannot verify, allowed with the reason why it is right. */
    record Allowance(String view, String expression, String reason) {
    }

    private final List<Allowance> allowances;
    private final Set<Allowance> used = new LinkedHashSet<>();
    private final Set<String> problems = new LinkedHashSet<>();
    private final Set<String> files = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private final Set<String> expressions = new LinkedHashSet<>();

    GateReport(List<Allowance> allowances) {
        this.allowances = List.copyOf(allowances);
    }

    void problem(String view, int line, String message) {
        problems.add(view + ":" + line + ": " + message);
    }

    /** Something that cannot be known here: fine only when allowed with a reason. */
    void unverifiable(String view, int line, String expression, String why) {
        for (Allowance allowance : allowances) {
            if (view.endsWith(allowance.view()) && allowance.expression().equals(expression)) {
                used.add(allowance);
                return;
            }
        }
        problem(view, line, "'" + expression + "' cannot be verified (" + why + "); allow it with a reason in"
                + " JellyViewsGateTest.ALLOWED or make it checkable");
    }

    void checkedFile(String view) {
        files.add(view);
    }

    void checkedTag(String view, int line, String tag) {
        tags.add(view + ":" + line + ":" + tag);
    }

    void checkedExpression(String view, int line, String source) {
        expressions.add(view + ":" + line + ":" + source);
    }

    List<String> problems() {
        return new ArrayList<>(problems);
    }

    /** Allowances that matched nothing: stale ones must go, so the list stays the truth. */
    List<Allowance> unusedAllowances() {
        return allowances.stream().filter(a -> !used.contains(a)).toList();
    }

    int files() {
        return files.size();
    }

    int tags() {
        return tags.size();
    }

    int expressions() {
        return expressions.size();
    }

    String summary() {
        return "Jelly views gate: " + files.size() + " views, " + tags.size() + " tags, " + expressions.size()
                + " expressions checked; " + used.size() + " allowed as unverifiable";
    }
}
