package io.jenkins.plugins.azuremigration.engine.agents;

import java.util.regex.Pattern;

/** Checks identifiers read from ARM before anything depends on them. */
final class Guids {
    private static final Pattern GUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    /** A value from ARM is shown in a message, but never at any length. */
    private static final int SHOWN = 80;

    private Guids() {
    }

    static boolean isGuid(String value) {
        return value != null && GUID.matcher(value).matches();
    }

    /** The value in quotes for a message, cut short and with control characters replaced. */
    static String quoted(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return "'" + (clean.length() > SHOWN ? clean.substring(0, SHOWN) + "..." : clean) + "'";
    }
}
