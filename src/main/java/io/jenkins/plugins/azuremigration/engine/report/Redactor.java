package io.jenkins.plugins.azuremigration.engine.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything in a free-text field that looks like a credential, before it reaches a report. The engine already
 * keeps secrets out of its messages; this is the second line, for a careless message (an SDK exception quoting a
 * URL with its SAS, a connection string, an Authorization header) that reports would otherwise archive with every
 * build. The mask is {@value #MASK}, as the wave file prints its secrets.
 */
public final class Redactor {
    public static final String MASK = "****";

    /** A value of a query string or connection string ends at a separator, a quote, a bracket or white space. */
    private static final String VALUE = "[^\\s&;,\"'<>()\\[\\]{}]+";

    private static final List<Pattern> KEEP_NAME_MASK_VALUE = List.of(
            // a SAS signature in a URL or token: sig=..., also URL-encoded (sig%3D...)
            Pattern.compile("(?i)(\\bsig(?:=|%3D))" + VALUE),
            // connection strings: AccountKey=...;  SharedAccessSignature=... (the whole SAS, up to the next ';')
            Pattern.compile("(?i)(\\bAccountKey=)[^\\s;\"'<>]+"),
            Pattern.compile("(?i)(\\bSharedAccessSignature=)[^\\s;\"'<>]+"),
            Pattern.compile("(?i)(\\bSharedAccessKey=)[^\\s;\"'<>]+"),
            // an Authorization header or a token in a message: Bearer <token>, Basic <credentials>
            Pattern.compile("(?i)(\\b(?:Bearer|Basic)\\s+)[A-Za-z0-9\\-._~+/]+=*"),
            // key=, secret=, token=, password=, client_secret: ..., "accessToken": "...": the value when it is long
            // enough to be a secret (short values such as key=os-disk are names, and reports need them)
            Pattern.compile("(?i)(\\b[a-z0-9_\\-]*(?:key|secret|token|password|pwd|credential)s?"
                    + "[\"']?\\s*[=:]\\s*[\"']?)[A-Za-z0-9+/_\\-.~%]{16,}={0,2}"));

    private static final List<Pattern> MASK_WHOLE = List.of(
            // a JSON Web Token (an access or refresh token) anywhere
            Pattern.compile("\\beyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]*"),
            // an Entra ID client secret: three characters, a digit, "Q~", then 31 to 34 more
            Pattern.compile("(?<![A-Za-z0-9_~.\\-])[A-Za-z0-9_\\-.]{3}[0-9]Q~[A-Za-z0-9_~.\\-]{31,34}"),
            // a bare, padded base64 value of 30 bytes or more (storage account keys are 64 bytes: 88 characters with
            // "=="); padding is required so that paths and ids, which are never padded, stay readable
            Pattern.compile("(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{40,}={1,2}(?![A-Za-z0-9+/=])"));

    private Redactor() {
    }

    /** The text with every credential-like value masked; null stays null. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern pattern : KEEP_NAME_MASK_VALUE) {
            result = pattern.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
        }
        for (Pattern pattern : MASK_WHOLE) {
            result = pattern.matcher(result).replaceAll(MASK);
        }
        return result;
    }

    public static List<String> redact(List<String> texts) {
        return texts.stream().map(Redactor::redact).toList();
    }
}
