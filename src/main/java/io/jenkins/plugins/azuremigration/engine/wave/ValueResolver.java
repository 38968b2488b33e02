package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${env:NAME}} references and refuses literal secrets. A secret may enter a wave only through the
 * environment; messages name the field, never the value.
 */
final class ValueResolver {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WHOLE_ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern LITERAL_ACCOUNT_KEY = Pattern.compile("(?i)accountkey\\s*=\\s*(?!\\$\\{env:)[^;\\s]");
    private static final Pattern LITERAL_SAS_SIGNATURE =
            Pattern.compile("(?i)(?:^|[?&;\\s])(?:sig|sharedaccesssignature)\\s*=\\s*(?!\\$\\{env:)[^&;\\s]");

    private final Function<String, String> environment;
    private final Problems problems;

    ValueResolver(Function<String, String> environment, Problems problems) {
        this.environment = environment;
        this.problems = problems;
    }

    /** Any scalar: substitutes env references; a literal key or signature is a problem. Null when unresolvable. */
    String plain(String raw, SourcePosition position, String field) {
        if (containsLiteralSecret(raw, position, field)) {
            return null;
        }
        Matcher matcher = REFERENCE.matcher(raw);
        StringBuilder resolved = new StringBuilder();
        boolean ok = true;
        while (matcher.find()) {
            String value = lookup(matcher.group(1), position, field);
            ok &= value != null;
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(resolved);
        return ok ? resolved.toString() : null;
    }

    /**
     * A secret field: it must be exactly {@code ${env:NAME}}, except a connection string that holds no key (such
     * as {@code UseDevelopmentStorage=true}), which may be literal.
     */
    SecretValue secret(String raw, SourcePosition position, String field, boolean literalAllowedWithoutKey) {
        Matcher whole = WHOLE_ENV_REFERENCE.matcher(raw.trim());
        if (whole.matches()) {
            String value = lookup("env:" + whole.group(1), position, field);
            return value == null ? null : new SecretValue("env:" + whole.group(1), value);
        }
        if (containsLiteralSecret(raw, position, field)) {
            return null;
        }
        if (literalAllowedWithoutKey && !raw.contains("${")) {
            return new SecretValue(field, raw);
        }
        problems.add(position, field, "must be a whole ${env:NAME} reference: secrets enter a wave file only"
                + " through the environment");
        return null;
    }

    private boolean containsLiteralSecret(String raw, SourcePosition position, String field) {
        if (LITERAL_ACCOUNT_KEY.matcher(raw).find()) {
            problems.add(position, field, "holds a literal account key; put it in an environment variable and"
                    + " write ${env:NAME}");
            return true;
        }
        if (LITERAL_SAS_SIGNATURE.matcher(raw).find()) {
            problems.add(position, field, "holds a literal SAS signature; put the SAS in an environment variable"
                    + " and write ${env:NAME} (storage.sas)");
            return true;
        }
        return false;
    }

    private String lookup(String reference, SourcePosition position, String field) {
        if (!reference.startsWith("env:")) {
            problems.add(position, field, "unsupported reference ${" + reference + "}: only ${env:NAME} is"
                    + " supported");
            return null;
        }
        String name = reference.substring("env:".length());
        if (!ENV_NAME.matcher(name).matches()) {
            problems.add(position, field, "'" + name + "' is not an environment variable name");
            return null;
        }
        String value = environment.apply(name);
        if (value == null || value.isEmpty()) {
            problems.add(position, field, "environment variable " + name + " is not set"
                    + (name.toUpperCase(Locale.ROOT).equals(name) ? "" : " (names are case-sensitive)"));
            return null;
        }
        return value;
    }
}
