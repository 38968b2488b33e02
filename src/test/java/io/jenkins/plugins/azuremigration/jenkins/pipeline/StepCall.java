package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.util.List;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;

/**
 * One call of our step found in a script, with its arguments sorted the way workflow-cps' DSL.parseArgs sorts them:
 * named (a map), one unnamed value, or a shape Jenkins refuses.
 *
 * @param calledAs how the script names it: the symbol, or {@code step([$class: 'WaveBuilder', ...])}
 * @param line the call's line in the Groovy text
 */
record StepCall(StepModel model, String calledAs, int line, Arguments arguments) {
    sealed interface Arguments {
    }

    /**
     * Named arguments.
     *
     * @param spread a {@code *:map} among them: names known only at run time, so a missing one cannot be told
     */
    record Named(List<MapEntryExpression> entries, boolean spread) implements Arguments {
    }

    /** One unnamed argument: Jenkins binds it to the step's sole parameter, if it has one. */
    record Positional(Expression value) implements Arguments {
    }

    /** Arguments Jenkins refuses before the step is made (DSL.parseArgs: "Expected named arguments but got ..."). */
    record Refused(String why) implements Arguments {
    }
}
