package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.UnaryMinusExpression;

/**
 * What an argument expression will be when the step gets it, as far as the text alone says. Literals become the
 * Java value Groovy makes of them ({@code 'x'} String, {@code 10} Integer, {@code 1.5} BigDecimal, {@code true}
 * Boolean, {@code [..]} List, {@code [a: ..]} Map); everything else is only known at run time.
 */
final class ArgumentValue {
    /** A value the text does not fix. */
    enum RuntimeValue {
        /** A {@code "...${x}..."} GString: structs turns it into a String whose content is known only at run time. */
        GSTRING("a GString (\"...${...}...\")"),
        /** A variable, property ({@code params.X}), method call or expression: anything at run time. */
        ANY("a run-time value");

        private final String description;

        RuntimeValue(String description) {
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    private ArgumentValue() {
    }

    static Object of(Expression expression) {
        if (expression instanceof ConstantExpression constant) {
            return constant.getValue();
        }
        if (expression instanceof GStringExpression) {
            return RuntimeValue.GSTRING;
        }
        if (expression instanceof UnaryMinusExpression minus && minus.getExpression() instanceof ConstantExpression c
                && c.getValue() instanceof Number number) {
            return negate(number);
        }
        if (expression instanceof ListExpression list) {
            List<Object> values = new ArrayList<>();
            for (Expression element : list.getExpressions()) {
                values.add(of(element));
            }
            return values;
        }
        if (expression instanceof MapExpression map) {
            Map<Object, Object> values = new LinkedHashMap<>();
            for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                Object key = of(entry.getKeyExpression());
                if (key instanceof RuntimeValue) {
                    return RuntimeValue.ANY;
                }
                values.put(key, of(entry.getValueExpression()));
            }
            return values;
        }
        return RuntimeValue.ANY;
    }

    private static Object negate(Number number) {
        if (number instanceof Integer i) {
            return -i;
        }
        if (number instanceof Long l) {
            return -l;
        }
        if (number instanceof BigInteger b) {
            return b.negate();
        }
        if (number instanceof BigDecimal d) {
            return d.negate();
        }
        if (number instanceof Double d) {
            return -d;
        }
        return RuntimeValue.ANY;
    }

    /** {@code 'ten'}, {@code 10}, {@code a list}, ...: for messages. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "String '" + s + "'";
        }
        if (value instanceof List) {
            return "a list " + value;
        }
        if (value instanceof Map) {
            return "a map";
        }
        if (value instanceof RuntimeValue) {
            return value.toString();
        }
        return value.getClass().getSimpleName() + " " + value;
    }
}
