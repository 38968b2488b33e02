package io.jenkins.plugins.azuremigration.engine.report;

/**
 * Text made safe for XML 1.0 and HTML: characters those formats cannot carry at all (most control characters, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD. An error message quoting binary data would otherwise make the whole
 * report unreadable; escaping of markup characters is left to the writers.
 */
final class XmlText {
    private XmlText() {
    }

    /** The text with characters XML 1.0 forbids replaced; null becomes empty. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD;
            }
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }
}
