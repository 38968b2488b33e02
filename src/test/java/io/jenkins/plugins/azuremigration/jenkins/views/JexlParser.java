package io.jenkins.plugins.azuremigration.jenkins.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for the JEXL 1 expressions Jelly evaluates ({@code a.b.c(d)[e]}, {@code ! && || == < +},
 * {@code ?:}, word operators {@code and or not eq ne lt gt le ge div mod empty}) and for Stapler's {@code %key(args)}.
 * It keeps the source text of every member access so that a failure shows the expression as written.
 */
final class JexlParser {
    /** Thrown for text that is not a JEXL expression; Jelly would refuse to compile the view. */
    static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message);
        }
    }

    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", ">", "<=", ">=", "=~", "!~",
            "eq", "ne", "lt", "gt", "le", "ge");

    private final String source;
    private final List<Token> tokens;
    private int next;

    private record Token(String text, int start, int end, boolean string) {
    }

    private JexlParser(String source) throws SyntaxError {
        this.source = source;
        this.tokens = tokenize(source);
    }

    /** The expression between {@code ${} and {@code }}. */
    static Expr parse(String source) throws SyntaxError {
        String trimmed = source.strip();
        if (trimmed.startsWith("%")) {
            return message(trimmed.substring(1));
        }
        JexlParser parser = new JexlParser(source);
        Expr expr = parser.choice();
        if (parser.next < parser.tokens.size()) {
            throw new SyntaxError("unexpected '" + parser.tokens.get(parser.next).text + "'");
        }
        return expr;
    }

    /** Stapler's InternationalizedStringExpression: the key up to the first '(', then JEXL arguments. */
    private static Expr message(String text) throws SyntaxError {
        int open = text.indexOf('(');
        if (open < 0 || !text.endsWith(")")) {
            return new Expr.Message(text, List.of());
        }
        JexlParser parser = new JexlParser(text.substring(open + 1, text.length() - 1));
        List<Expr> arguments = new ArrayList<>();
        while (parser.next < parser.tokens.size()) {
            arguments.add(parser.choice());
            if (parser.next < parser.tokens.size()) {
                parser.expect(",");
            }
        }
        return new Expr.Message(text.substring(0, open), arguments);
    }

    private Expr choice() throws SyntaxError {
        Expr condition = or();
        if (accept("?:")) {
            return new Expr.Choice(condition, List.of(condition, choice()));
        }
        if (accept("?")) {
            Expr whenTrue = choice();
            expect(":");
            return new Expr.Choice(condition, List.of(whenTrue, choice()));
        }
        return condition;
    }

    private Expr or() throws SyntaxError {
        Expr left = and();
        while (accept("||") || accept("or")) {
            left = new Expr.Operation(Boolean.class, List.of(left, and()));
        }
        return left;
    }

    private Expr and() throws SyntaxError {
        Expr left = comparison();
        while (accept("&&") || accept("and")) {
            left = new Expr.Operation(Boolean.class, List.of(left, comparison()));
        }
        return left;
    }

    private Expr comparison() throws SyntaxError {
        Expr left = additive();
        while (peek() != null && COMPARISONS.contains(peek().text)) {
            next++;
            left = new Expr.Operation(Boolean.class, List.of(left, additive()));
        }
        return left;
    }

    private Expr additive() throws SyntaxError {
        Expr left = multiplicative();
        while (accept("+") || accept("-")) {
            left = new Expr.Operation(Object.class, List.of(left, multiplicative())); // a number, or text for +
        }
        return left;
    }

    private Expr multiplicative() throws SyntaxError {
        Expr left = unary();
        while (accept("*") || accept("/") || accept("%") || accept("div") || accept("mod")) {
            left = new Expr.Operation(Number.class, List.of(left, unary()));
        }
        return left;
    }

    private Expr unary() throws SyntaxError {
        if (accept("!") || accept("not")) {
            return new Expr.Operation(Boolean.class, List.of(unary()));
        }
        if (accept("-")) {
            return new Expr.Operation(Number.class, List.of(unary()));
        }
        if (peek() != null && peek().text.equals("empty") && !peekIs(1, "(")) {
            next++;
            return new Expr.Operation(Boolean.class, List.of(unary()));
        }
        return postfix();
    }

    private Expr postfix() throws SyntaxError {
        int start = peek() == null ? source.length() : peek().start;
        Expr expr = primary();
        while (true) {
            if (accept(".")) {
                String name = identifier();
                if (accept("(")) {
                    expr = new Expr.Call(expr, name, arguments(), text(start));
                } else {
                    expr = new Expr.Property(expr, name, text(start));
                }
            } else if (accept("[")) {
                Expr index = choice();
                expect("]");
                expr = new Expr.Index(expr, index, text(start));
            } else {
                return expr;
            }
        }
    }

    private Expr primary() throws SyntaxError {
        Token token = peek();
        if (token == null) {
            throw new SyntaxError("expression ends too early");
        }
        next++;
        if (token.string) {
            return new Expr.Literal(String.class);
        }
        if (token.text.equals("(")) {
            Expr inner = choice();
            expect(")");
            return inner;
        }
        if (token.text.equals("[")) { // a list literal
            List<Expr> items = new ArrayList<>();
            while (!accept("]")) {
                items.add(choice());
                accept(",");
            }
            return new Expr.Operation(List.class, items);
        }
        if (Character.isDigit(token.text.charAt(0))) {
            return new Expr.Literal(token.text.contains(".") ? Double.class : Integer.class);
        }
        switch (token.text) {
            case "true", "false" -> {
                return new Expr.Literal(Boolean.class);
            }
            case "null" -> {
                return new Expr.Literal(null);
            }
            default -> {
            }
        }
        if (!isIdentifier(token.text)) {
            throw new SyntaxError("unexpected '" + token.text + "'");
        }
        if (accept("(")) { // JEXL 1 functions: size(x), empty(x)
            return new Expr.Call(null, token.text, arguments(), token.text);
        }
        return new Expr.Variable(token.text);
    }

    private List<Expr> arguments() throws SyntaxError {
        List<Expr> arguments = new ArrayList<>();
        while (!accept(")")) {
            arguments.add(choice());
            if (!accept(",") && !peekIs(0, ")")) {
                throw new SyntaxError("expected ',' or ')' in an argument list");
            }
        }
        return arguments;
    }

    private String identifier() throws SyntaxError {
        Token token = peek();
        if (token == null || !isIdentifier(token.text)) {
            throw new SyntaxError("expected a name after '.'");
        }
        next++;
        return token.text;
    }

    private String text(int start) {
        return source.substring(start, tokens.get(next - 1).end).strip();
    }

    private Token peek() {
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private boolean peekIs(int ahead, String text) {
        return next + ahead < tokens.size() && tokens.get(next + ahead).text.equals(text)
                && !tokens.get(next + ahead).string;
    }

    private boolean accept(String text) {
        if (peekIs(0, text)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String text) throws SyntaxError {
        if (!accept(text)) {
            throw new SyntaxError("expected '" + text + "'");
        }
    }

    private static boolean isIdentifier(String text) {
        return Character.isJavaIdentifierStart(text.charAt(0));
    }

    private static List<Token> tokenize(String source) throws SyntaxError {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= source.length()) {
                    throw new SyntaxError("unterminated string");
                }
                tokens.add(new Token(source.substring(i + 1, end), i, end + 1, true));
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                int end = i + 1;
                while (end < source.length() && (Character.isJavaIdentifierPart(source.charAt(end))
                        || (Character.isDigit(c) && source.charAt(end) == '.'))) {
                    end++;
                }
                tokens.add(new Token(source.substring(i, end), i, end, false));
                i = end;
            } else {
                String two = i + 1 < source.length() ? source.substring(i, i + 2) : "";
                String operator = Set.of("&&", "||", "==", "!=", "<=", ">=", "=~", "!~", "?:").contains(two) ? two
                        : String.valueOf(c);
                if ("!<>=+-*/%?:()[],.".indexOf(operator.charAt(0)) < 0) {
                    throw new SyntaxError("unexpected character '" + c + "'");
                }
                tokens.add(new Token(operator, i, i + operator.length(), false));
                i += operator.length();
            }
        }
        return tokens;
    }
}
