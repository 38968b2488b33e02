package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.SpreadMapExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;

/**
 * Walks a script's AST for calls of our steps: by symbol ({@code azureMigrationCopy(...)},
 * {@code runAzureMigrationWave(...)}), and the builder through the {@code step} meta-step by {@code $class}. Calls in
 * closures (declarative blocks, {@code script { }}), in script methods and in classes are all visited. A call whose
 * name looks like ours but is no symbol is reported: that is what a renamed step leaves behind.
 */
final class StepCallFinder extends CodeVisitorSupport {
    /** Our symbols all start so; an unknown name with it is a typo or a renamed step. */
    private static final String OUR_PREFIX = "azuremigration";
    private static final String CLASS_KEY = "$class";

    private final StepCatalog catalog;
    private final List<StepCall> calls = new ArrayList<>();
    private final List<StepCallFinder.UnknownStep> unknown = new ArrayList<>();

    /** A call named like our steps that is none of them. */
    record UnknownStep(String name, int line) {
    }

    private StepCallFinder(StepCatalog catalog) {
        this.catalog = catalog;
    }

    static StepCallFinder walk(ModuleNode module, StepCatalog catalog) {
        StepCallFinder finder = new StepCallFinder(catalog);
        module.getStatementBlock().visit(finder);
        for (MethodNode method : module.getMethods()) {
            if (method.getCode() != null) {
                method.getCode().visit(finder);
            }
        }
        for (ClassNode type : module.getClasses()) {
            if (type.isScript()) {
                continue; // its run() is the statement block, visited above
            }
            for (MethodNode method : type.getMethods()) {
                if (method.getCode() != null) {
                    method.getCode().visit(finder);
                }
            }
        }
        return finder;
    }

    List<StepCall> calls() {
        return calls;
    }

    List<UnknownStep> unknownSteps() {
        return unknown;
    }

    @Override
    public void visitMethodCallExpression(MethodCallExpression call) {
        String name = call.getMethodAsString();
        if (name != null && callsAStep(call)) {
            Optional<StepModel> model = catalog.bySymbol(name);
            if (model.isPresent()) {
                calls.add(new StepCall(model.get(), name, call.getLineNumber(), arguments(call, model.get())));
            } else if (name.equals("step")) {
                metaStepCall(call);
            } else if (name.toLowerCase(Locale.ROOT).contains(OUR_PREFIX)) {
                unknown.add(new UnknownStep(name, call.getLineNumber()));
            }
        }
        super.visitMethodCallExpression(call);
    }

    /** {@code foo(...)} in a script or closure, or {@code steps.foo(...)} as shared-library classes write it. */
    private static boolean callsAStep(MethodCallExpression call) {
        return call.isImplicitThis() || call.getObjectExpression() instanceof VariableExpression v
                && v.getName().equals("steps");
    }

    /**
     * DSL.parseArgs for one of our symbols. None of our steps takes a block, so a closure stays an argument; a single
     * map without $class is the named arguments unless the step has only one parameter, which the map would then be.
     */
    private static StepCall.Arguments arguments(MethodCallExpression call, StepModel model) {
        List<Expression> args = argumentList(call);
        if (args.isEmpty()) {
            return new StepCall.Named(List.of(), false);
        }
        if (args.size() == 1 && args.get(0) instanceof MapExpression map && entry(map, CLASS_KEY) == null) {
            // only a step with one parameter and nothing else takes a single map as that parameter's value, unless
            // the map names it; a builder called by symbol has the anonymous key as its sole key, which no map names
            boolean mapIsTheValue = model.singleArgumentOnly() && !(model.kind() == StepModel.Kind.STEP
                    && map.getMapEntryExpressions().size() == 1
                    && entry(map, model.soleRequiredParameter().name()) != null);
            if (!mapIsTheValue) {
                return named(map);
            }
        }
        if (args.size() == 1) {
            return args.get(0) instanceof ClosureExpression
                    ? new StepCall.Refused("takes no block { }")
                    : new StepCall.Positional(args.get(0));
        }
        boolean block = args.get(args.size() - 1) instanceof ClosureExpression;
        return new StepCall.Refused(block ? "takes no block { }"
                : "takes named arguments only (Jenkins: Expected named arguments but got " + args.size()
                        + " arguments)");
    }

    /**
     * {@code step([$class: 'WaveBuilder', wave: ...])} or {@code step $class: 'WaveBuilder', wave: ...}: CoreStep's
     * one parameter {@code delegate} gets the map, and structs instantiates the class it names with the rest.
     */
    private void metaStepCall(MethodCallExpression call) {
        List<Expression> args = argumentList(call);
        if (args.size() != 1 || !(args.get(0) instanceof MapExpression map)) {
            return;
        }
        MapEntryExpression delegate = entry(map, "delegate");
        if (entry(map, CLASS_KEY) == null && delegate != null
                && delegate.getValueExpression() instanceof MapExpression m) {
            map = m;
        }
        MapEntryExpression clazz = entry(map, CLASS_KEY);
        if (clazz == null || !(clazz.getValueExpression() instanceof ConstantExpression c)
                || !(c.getValue() instanceof String className)) {
            return;
        }
        Optional<StepModel> builder = catalog.builderByClassName(className);
        if (builder.isPresent()) {
            List<MapEntryExpression> rest = map.getMapEntryExpressions().stream().filter(e -> e != clazz).toList();
            calls.add(new StepCall(builder.get(), "step([$class: '" + className + "'])", call.getLineNumber(),
                    new StepCall.Named(rest, hasSpread(rest))));
        } else if (className.startsWith(StepCatalog.PACKAGE + ".")) {
            unknown.add(new UnknownStep("$class " + className, call.getLineNumber()));
        }
    }

    private static StepCall.Named named(MapExpression map) {
        return new StepCall.Named(map.getMapEntryExpressions(), hasSpread(map.getMapEntryExpressions()));
    }

    private static boolean hasSpread(List<MapEntryExpression> entries) {
        return entries.stream().anyMatch(e -> e.getKeyExpression() instanceof SpreadMapExpression);
    }

    private static List<Expression> argumentList(MethodCallExpression call) {
        return call.getArguments() instanceof TupleExpression tuple ? tuple.getExpressions()
                : List.of(call.getArguments());
    }

    private static MapEntryExpression entry(MapExpression map, String key) {
        for (MapEntryExpression e : map.getMapEntryExpressions()) {
            if (e.getKeyExpression() instanceof ConstantExpression c && key.equals(c.getValue())) {
                return e;
            }
        }
        return null;
    }
}
