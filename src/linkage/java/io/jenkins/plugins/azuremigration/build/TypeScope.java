package io.jenkins.plugins.azuremigration.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Type variables visible on a line (a method's own, then its class's) and the first bound each erases to. */
final class TypeScope {
    static final TypeScope NONE = new TypeScope(null, "(no scope)");

    private final TypeScope enclosing;
    private final String origin;
    private final Map<String, String> firstBounds = new LinkedHashMap<>();

    TypeScope(TypeScope enclosing, String origin) {
        this.enclosing = enclosing;
        this.origin = origin;
    }

    void declare(String variable, String firstBoundOrNull) {
        if (firstBounds.containsKey(variable)) {
            throw new SignatureParseException(origin, "type variable " + variable + " declared twice");
        }
        firstBounds.put(variable, firstBoundOrNull);
    }

    /**
     * The variables this scope itself declares, in order, each as {@code name extends erasure}
     * ({@code T extends java.lang.Object} when unbounded): what a class's type parameters erase to.
     */
    List<String> declaredWithErasures() {
        return firstBounds.keySet().stream().map(v -> v + " extends " + erasure(v)).toList();
    }

    boolean declares(String variable) {
        return firstBounds.containsKey(variable) || (enclosing != null && enclosing.declares(variable));
    }

    /**
     * {@code T} erases to java.lang.Object, {@code T extends Describable<T>} to hudson.model.Describable and
     * {@code U extends T} to T's erasure.
     */
    String erasure(String variable) {
        if (!firstBounds.containsKey(variable)) {
            if (enclosing == null) {
                throw new SignatureParseException(origin, "type variable " + variable + " is not in scope");
            }
            return enclosing.erasure(variable);
        }
        String bound = firstBounds.get(variable);
        if (bound == null) {
            return "java.lang.Object";
        }
        JavapCursor cursor = new JavapCursor(bound, origin);
        String erased = cursor.type(this, true);
        cursor.expectEnd();
        return erased;
    }
}
