package io.jenkins.plugins.azuremigration.engine.report;

/**
 * A small HTML (and inline SVG) writer. Every piece of data goes through {@link #text} or an attribute value, both
 * escaped, so that a machine named {@code <script>} is shown, never run; {@link #raw} is only for markup this
 * package writes itself.
 */
final class Html {
    private final StringBuilder out;

    Html(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Escapes for element content and for attribute values in double quotes alike. */
    static String escape(String value) {
        String safe = XmlText.safe(value);
        StringBuilder escaped = null;
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(safe.length() + 16).append(safe, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? safe : escaped.toString();
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String value) {
        out.append(escape(value));
        return this;
    }

    /** {@code <tag attr="value" ...>}: attributes as name/value pairs, values escaped, null values left out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    /** A self-closed element, as SVG shapes are written. */
    Html empty(String tag, String... attributes) {
        open(tag, attributes);
        out.setLength(out.length() - 1);
        out.append("/>");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag ...>text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
