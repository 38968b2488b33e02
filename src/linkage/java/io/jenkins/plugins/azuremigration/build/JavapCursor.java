package io.jenkins.plugins.azuremigration.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one line of javap output left to right. Each method consumes exactly what it expects or throws a
 * {@link SignatureParseException} naming the line and column, which is what keeps the parser strict.
 * Types come back erased to binary names ({@code java.util.List}, {@code hudson.model.Run$Artifact}, {@code int[]}).
 */
final class JavapCursor {
    private final String text;
    private final String origin;
    private int position;

    JavapCursor(String text, String origin) {
        this.text = text;
        this.origin = origin;
    }

    boolean atEnd() {
        skipSpaces();
        return position == text.length();
    }

    void expectEnd() {
        if (!atEnd()) {
            throw error("unexpected text");
        }
    }

    /** True when the next token is {@code token}; a word token must end at a word boundary ("default" vs "defaults"). */
    boolean lookingAt(String token) {
        skipSpaces();
        if (!text.startsWith(token, position)) {
            return false;
        }
        int end = position + token.length();
        boolean word = Character.isJavaIdentifierPart(token.charAt(token.length() - 1));
        return !word || end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
    }

    boolean accept(String token) {
        if (lookingAt(token)) {
            position += token.length();
            return true;
        }
        return false;
    }

    void expect(String token) {
        if (!accept(token)) {
            throw error("expected '" + token + "'");
        }
    }

    String identifier() {
        skipSpaces();
        int start = position;
        if (position < text.length() && Character.isJavaIdentifierStart(text.charAt(position))) {
            position++;
            while (position < text.length() && Character.isJavaIdentifierPart(text.charAt(position))) {
                position++;
            }
        }
        if (start == position) {
            throw error("expected a name");
        }
        return text.substring(start, position);
    }

    /** {@code a.b.C$D}; with {@code slashes}, also the {@code java/io/IOException} form of some javap throws clauses. */
    String qualifiedName(boolean slashes) {
        StringBuilder name = new StringBuilder(identifier());
        while (position < text.length()) {
            char next = text.charAt(position);
            boolean separator = next == '.' || (slashes && next == '/');
            if (!separator || text.startsWith("...", position) || position + 1 >= text.length()
                    || !Character.isJavaIdentifierStart(text.charAt(position + 1))) {
                break;
            }
            position++;
            name.append('.').append(identifier());
        }
        return name.toString();
    }

    /** Everything up to the end of the line (used for annotation element defaults and annotation arguments). */
    String rest() {
        skipSpaces();
        String rest = text.substring(position);
        position = text.length();
        return rest;
    }

    /**
     * A type as javap prints it. With {@code erase}, returns its erasure; without (inside type arguments and bounds,
     * which erasure drops) the type is only checked, so that {@code T extends Describable<T>} does not recurse.
     */
    String type(TypeScope scope, boolean erase) {
        String name = qualifiedName(false);
        String erased;
        if (name.indexOf('.') < 0) {
            if (Descriptors.isPrimitive(name)) {
                erased = name;
            } else if (scope.declares(name)) {
                erased = erase ? scope.erasure(name) : name;
            } else {
                throw error("'" + name + "' is neither a primitive, a qualified name nor a type variable in scope");
            }
        } else {
            erased = name;
            typeArgumentsIfAny(scope);
            while (lookingAt(".") && !lookingAt("...")) {
                expect(".");
                erased += "$" + identifier(); // javap's Outer<T>.Inner for the inner class of a generic outer
                typeArgumentsIfAny(scope);
            }
        }
        while (true) {
            if (accept("[]") || accept("...")) {
                erased += "[]";
            } else {
                return erased;
            }
        }
    }

    private void typeArgumentsIfAny(TypeScope scope) {
        if (!accept("<")) {
            return;
        }
        do {
            if (accept("?")) {
                if (accept("extends") || accept("super")) {
                    type(scope, false);
                }
            } else {
                type(scope, false);
            }
        } while (accept(","));
        expect(">");
    }

    /** A comma-separated list of types, erased (javap separates supertypes with ", " or ","). */
    List<String> typeList(TypeScope scope) {
        List<String> types = new ArrayList<>();
        do {
            types.add(type(scope, true));
        } while (accept(","));
        return types;
    }

    /** One exception of a throws clause: a class name (possibly with slashes) or a type variable. */
    String thrownType(TypeScope scope) {
        String name = qualifiedName(true);
        if (name.indexOf('.') >= 0) {
            return name;
        }
        if (!scope.declares(name)) {
            throw error("'" + name + "' in throws is neither qualified nor a type variable in scope");
        }
        return scope.erasure(name);
    }

    /**
     * {@code <A, B extends X & Y<B>>}: declares the variables first (bounds may name them), then checks every bound;
     * a variable erases to its first bound, or to java.lang.Object without one.
     */
    TypeScope typeParameters(TypeScope enclosing) {
        expect("<");
        int start = position;
        int depth = 1;
        while (depth > 0) {
            if (position >= text.length()) {
                throw error("unclosed type parameter list");
            }
            char c = text.charAt(position++);
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
        }
        List<String> declarations = splitTopLevel(text.substring(start, position - 1), ',');
        TypeScope scope = new TypeScope(enclosing, origin);
        List<List<String>> boundsPerVariable = new ArrayList<>();
        for (String declaration : declarations) {
            JavapCursor cursor = new JavapCursor(declaration, origin);
            String variable = cursor.identifier();
            List<String> bounds = cursor.accept("extends") ? splitTopLevel(cursor.rest(), '&') : List.of();
            cursor.expectEnd();
            scope.declare(variable, bounds.isEmpty() ? null : bounds.get(0));
            boundsPerVariable.add(bounds);
        }
        for (List<String> bounds : boundsPerVariable) {
            for (String bound : bounds) {
                JavapCursor cursor = new JavapCursor(bound, origin);
                cursor.type(scope, false);
                cursor.expectEnd();
            }
        }
        return scope;
    }

    private List<String> splitTopLevel(String list, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (c == separator && depth == 0) {
                parts.add(list.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(list.substring(start).trim());
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw error("empty entry in '" + list + "'");
        }
        return parts;
    }

    private void skipSpaces() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }

    SignatureParseException error(String message) {
        return new SignatureParseException(origin, message + " at column " + (position + 1) + " of: " + text);
    }
}
