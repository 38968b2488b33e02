package io.jenkins.plugins.azuremigration.jenkins.views;

import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Gives each part of an expression its type, reporting every name that does not resolve. A value whose type cannot
 * be known (a Map key, a variable a tag of unknown result set) is reported as unverifiable, never passed silently.
 */
final class ExpressionTypes {
    /** Marks an unknown type whose cause is already a reported problem. */
    static final String REPORTED = "reported: ";

    private final TypeModel types;
    private final GateReport report;
    private final String view;
    private final int line;
    private final Properties messages;

    ExpressionTypes(TypeModel types, GateReport report, String view, int line, Properties messages) {
        this.types = types;
        this.report = report;
        this.view = view;
        this.line = line;
        this.messages = messages;
    }

    ViewType typeOf(Expr expr, ViewScope scope) {
        if (expr instanceof Expr.Literal literal) {
            return new ViewType.Reflected(literal.type() == null ? Object.class : literal.type());
        }
        if (expr instanceof Expr.Variable variable) {
            return variable(variable.name(), scope);
        }
        if (expr instanceof Expr.Property property) {
            return member(property.target(), property.text(), scope, target -> types.property(target, property.name()));
        }
        if (expr instanceof Expr.Call call) {
            if (call.target() == null) {
                return function(call, scope);
            }
            call.arguments().forEach(a -> typeOf(a, scope));
            return member(call.target(), call.text(), scope,
                    target -> types.method(target, call.name(), call.arguments().size()));
        }
        if (expr instanceof Expr.Index index) {
            return index(index, scope);
        }
        if (expr instanceof Expr.Operation operation) {
            operation.operands().forEach(o -> typeOf(o, scope));
            return new ViewType.Reflected(operation.result());
        }
        if (expr instanceof Expr.Choice choice) {
            typeOf(choice.condition(), scope);
            List<ViewType> branches = choice.branches().stream().map(b -> typeOf(b, scope)).toList();
            return branches.stream().distinct().count() == 1 ? branches.get(0) : new ViewType.Reflected(Object.class);
        }
        Expr.Message message = (Expr.Message) expr;
        message.arguments().forEach(a -> typeOf(a, scope));
        if (!messages.containsKey(message.key())) {
            report.problem(view, line, "%" + message.key() + " is not in this view's .properties (Stapler"
                    + " reads only <view>.properties and would print the key itself)");
        }
        return new ViewType.Reflected(String.class);
    }

    private ViewType variable(String name, ViewScope scope) {
        ViewType type = scope.lookup(name);
        if (type == null) {
            report.problem(view, line, "variable '" + name + "' is not defined in this view (Stapler gives it"
                    + " only it/instance/descriptor/app/h/rootURL as its role has them; j:set and j:forEach add more)");
            return new ViewType.Unknown(REPORTED + "undefined variable " + name);
        }
        return type;
    }

    private ViewType member(Expr target, String text, ViewScope scope,
            java.util.function.Function<ViewType, TypeModel.Resolution> resolve) {
        ViewType targetType = typeOf(target, scope);
        if (targetType instanceof ViewType.Unknown unknown) {
            if (!unknown.why().startsWith(REPORTED)) { // an unresolved name is reported once, where it fails
                report.unverifiable(view, line, text, unknown.why());
            }
            return new ViewType.Unknown("after " + text);
        }
        TypeModel.Resolution resolution = resolve.apply(targetType);
        if (resolution instanceof TypeModel.Resolution.Found found) {
            return found.type();
        }
        if (resolution instanceof TypeModel.Resolution.MapKey key) {
            report.unverifiable(view, line, text, "a key of " + targetType.describe()
                    + ": which keys the Map holds is only known at run time");
            return key.valueType();
        }
        report.problem(view, line, "'" + text + "': " + ((TypeModel.Resolution.Missing) resolution).message());
        return new ViewType.Unknown(REPORTED + "unresolved " + text);
    }

    private ViewType function(Expr.Call call, ViewScope scope) {
        call.arguments().forEach(a -> typeOf(a, scope));
        return switch (call.name()) {
            case "size" -> new ViewType.Reflected(Integer.class);
            case "empty" -> new ViewType.Reflected(Boolean.class);
            default -> {
                report.problem(view, line, "'" + call.text() + "(...)': JEXL 1 has no function " + call.name());
                yield new ViewType.Unknown(REPORTED + "unknown function");
            }
        };
    }

    private ViewType index(Expr.Index index, ViewScope scope) {
        ViewType target = typeOf(index.target(), scope);
        typeOf(index.index(), scope);
        if (target instanceof ViewType.Reflected r && Map.class.isAssignableFrom(GenericTypes.raw(r.type()))) {
            return types.of(GenericTypes.argumentOf(r.type(), Map.class, 1));
        }
        ViewType element = types.elementType(target);
        if (element instanceof ViewType.Unknown unknown && !unknown.why().startsWith(REPORTED)) {
            report.unverifiable(view, line, index.text(), unknown.why());
        }
        return element;
    }
}
