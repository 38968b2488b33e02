package io.jenkins.plugins.azuremigration.jenkins.views;

import java.util.List;

/**
 * The parts of a JEXL expression (the language of Jelly's {@code ${...}}) that name something on an object: what the
 * gate resolves. Operators keep only what their result is (a boolean, a number, ...), since that is all the gate needs.
 */
sealed interface Expr {
    /** A literal; {@code type} is its Java class, or null for {@code null}. */
    record Literal(Class<?> type) implements Expr {
    }

    /** A variable of the Jelly context: {@code it}, {@code instance}, or one a {@code j:set} defined. */
    record Variable(String name) implements Expr {
    }

    /** {@code target.name}: a getter, a boolean {@code is} getter, a public field or a Map key. */
    record Property(Expr target, String name, String text) implements Expr {
    }

    /** {@code target.name(arguments)}; {@code target} is null for JEXL's functions {@code size(x)}, {@code empty(x)}. */
    record Call(Expr target, String name, List<Expr> arguments, String text) implements Expr {
    }

    /** {@code target[index]}. */
    record Index(Expr target, Expr index, String text) implements Expr {
    }

    /** An operator; {@code result} is its result's class (Boolean for comparisons, Object when it depends). */
    record Operation(Class<?> result, List<Expr> operands) implements Expr {
    }

    /** {@code a ? b : c} or {@code a ?: b}: the type of the branches when they agree. */
    record Choice(Expr condition, List<Expr> branches) implements Expr {
    }

    /** Stapler's {@code ${%key(arguments)}}: a message of the view's own .properties. */
    record Message(String key, List<Expr> arguments) implements Expr {
    }
}
