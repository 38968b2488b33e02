package io.jenkins.plugins.azuremigration.jenkins.views;

import java.util.ArrayList;
import java.util.List;

/** A {@code ${...}} or {@code #{...}} found in a view's text or attribute, with its line. */
record EmbeddedExpression(String source, int line) {

    /**
     * The expressions in a text that starts on {@code firstLine}. A brace inside a quoted string does not end one, as
     * in Jelly's own scanner; an unterminated one is returned whole, so that the parser reports it.
     */
    static List<EmbeddedExpression> scan(String text, int firstLine) {
        List<EmbeddedExpression> found = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
                int end = closingBrace(text, i + 2);
                int line = firstLine + (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count();
                found.add(new EmbeddedExpression(text.substring(i + 2, end < 0 ? text.length() : end), line));
                i = end < 0 ? text.length() : end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int closingBrace(String text, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
