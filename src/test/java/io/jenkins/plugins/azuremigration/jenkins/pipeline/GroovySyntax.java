package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Parses a Pipeline script with Groovy 2.4.21, the Groovy Jenkins 2.516 runs (workflow-cps parses a Jenkinsfile with
 * it before anything runs, so a syntax error fails the build at once). Only up to {@link Phases#CONVERSION}: the text
 * is parsed and turned into an AST, but no name is resolved, so nothing of Jenkins needs to be on the class path.
 * Declarative {@code pipeline { }} is plain Groovy at this phase: method calls with closures.
 */
final class GroovySyntax {
    private GroovySyntax() {
    }

    /** The AST, or the syntax errors with their lines in the source's file. */
    record Parsed(ModuleNode module, List<Finding> errors) {
    }

    static Parsed parse(PipelineSource source) {
        CompilationUnit unit = new CompilationUnit(new CompilerConfiguration());
        SourceUnit sourceUnit = unit.addSource(source.describe(), source.text());
        try {
            unit.compile(Phases.CONVERSION);
            return new Parsed(sourceUnit.getAST(), List.of());
        } catch (MultipleCompilationErrorsException e) {
            List<Finding> errors = new ArrayList<>();
            for (Object message : e.getErrorCollector().getErrors()) {
                errors.add(finding(source, (Message) message));
            }
            return new Parsed(null, errors);
        }
    }

    private static Finding finding(PipelineSource source, Message message) {
        if (message instanceof SyntaxErrorMessage syntax) {
            SyntaxException cause = syntax.getCause();
            return new Finding(source.file(), source.fileLine(cause.getLine()),
                    "Groovy syntax error: " + cause.getOriginalMessage());
        }
        String text = message instanceof ExceptionMessage exception
                ? String.valueOf(exception.getCause())
                : message.getClass().getSimpleName();
        return new Finding(source.file(), source.fileLine(1), "Groovy could not parse this: " + text);
    }
}
