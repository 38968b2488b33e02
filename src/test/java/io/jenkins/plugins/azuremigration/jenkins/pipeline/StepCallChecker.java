package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;

/**
 * Checks one call against its step's parameters as structs' DescribableModel.instantiate would take them: every name
 * a parameter of the step, every required parameter given, every literal value of a type structs coerces into the
 * parameter's type ({@link StructsCoercion}). An unknown name is an error here although structs (outside its own
 * tests) only prints a WARNING and drops it: in an example, a value silently dropped is a wrong example.
 */
final class StepCallChecker {
    private StepCallChecker() {
    }

    /** The problems of one call, with lines in the source's file; {@code checked} counts the arguments looked at. */
    static List<Finding> check(StepCall call, PipelineSource source, int[] checked) {
        List<Finding> findings = new ArrayList<>();
        Set<String> given = new HashSet<>();
        boolean namesKnown = true;
        if (call.arguments() instanceof StepCall.Refused refused) {
            findings.add(at(source, call.line(), call.calledAs() + " " + refused.why()));
            return findings;
        } else if (call.arguments() instanceof StepCall.Positional positional) {
            checked[0]++;
            positional(call, positional.value(), source, given).ifPresent(findings::add);
        } else if (call.arguments() instanceof StepCall.Named named) {
            namesKnown = !named.spread();
            for (MapEntryExpression entry : named.entries()) {
                if (!(entry.getKeyExpression() instanceof ConstantExpression key)
                        || !(key.getValue() instanceof String name)) {
                    namesKnown = false; // *:map or a computed name
                    continue;
                }
                checked[0]++;
                given.add(name);
                named(call, name, entry, source).ifPresent(findings::add);
            }
        }
        if (namesKnown) {
            for (StepParameter required : call.model().requiredParameters()) {
                if (!given.contains(required.name())) {
                    findings.add(at(source, call.line(), call.calledAs() + ": required parameter '" + required.name()
                            + "' (" + required.typeName() + ") is missing"));
                }
            }
        }
        return findings;
    }

    /** structs: an unnamed argument is the sole required parameter's value; without one, Jenkins refuses it. */
    private static Optional<Finding> positional(StepCall call, Expression value, PipelineSource source,
            Set<String> given) {
        StepParameter target = call.model().positionalTarget();
        if (target == null) {
            return Optional.of(at(source, line(value, call.line()), call.calledAs() + " takes named arguments only"
                    + " (an unnamed argument binds only to a sole required parameter, and it has "
                    + call.model().requiredParameters().size() + " required parameters)"));
        }
        given.add(target.name());
        return value(target, value, source, call.line(), call.calledAs());
    }

    private static Optional<Finding> named(StepCall call, String name, MapEntryExpression entry,
            PipelineSource source) {
        int line = line(entry, call.line());
        StepParameter parameter = call.model().parameter(name);
        if (parameter == null) {
            return Optional.of(at(source, line, call.calledAs() + ": unknown parameter '" + name + "'"
                    + suggestion(call.model(), name) + " (Jenkins would drop it with only a WARNING)"));
        }
        return value(parameter, entry.getValueExpression(), source, line, call.calledAs());
    }

    private static Optional<Finding> value(StepParameter parameter, Expression expression, PipelineSource source,
            int fallbackLine, String step) {
        Object value = ArgumentValue.of(expression);
        return StructsCoercion.problem(parameter.type(), value, parameter.isSetter())
                .map(problem -> at(source, line(expression, fallbackLine), step + ": " + parameter.name() + " "
                        + problem));
    }

    /** The closest parameter name, for a typo like {@code credentialId}. */
    private static String suggestion(StepModel model, String name) {
        return model.parameters().stream().map(StepParameter::name)
                .min(Comparator.comparingInt(candidate -> distance(candidate, name)))
                .filter(best -> distance(best, name) <= Math.max(2, name.length() / 3))
                .map(best -> "; did you mean '" + best + "'?")
                .orElse("; it takes " + model.parameters().stream().map(StepParameter::name).toList());
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    private static int line(Expression expression, int fallback) {
        return expression.getLineNumber() > 0 ? expression.getLineNumber() : fallback;
    }

    private static Finding at(PipelineSource source, int groovyLine, String message) {
        return new Finding(source.file(), source.fileLine(groovyLine), message);
    }
}
