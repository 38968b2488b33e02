package io.jenkins.plugins.azuremigration.engine.dns;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One private DNS zone of a service and the public suffix its names answer for, e.g.
 * {@code privatelink.blob.core.windows.net} for {@code blob.core.windows.net}. Zones may hold a {@code {geo}} or
 * {@code {region}} label (Backup, Site Recovery): such a zone stands for one zone per geography.
 */
public record PrivateLinkZone(String service, String zone, String publicSuffix) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(geo|region)}");

    /** The zone as it would be named for {@code name}, when {@code name} lies in it (or is its apex). */
    public Optional<String> zoneOf(String name) {
        Matcher matcher = namePattern(zone).matcher(normalize(name));
        return matcher.matches() ? Optional.of(fill(zone, matcher)) : Optional.empty();
    }

    /**
     * The name clients use for a record of this zone: {@code acct.privatelink.blob.core.windows.net} becomes
     * {@code acct.blob.core.windows.net}, {@code kv.privatelink.vaultcore.azure.net} becomes
     * {@code kv.vault.azure.net}.
     */
    public Optional<String> publicNameOf(String privatelinkName) {
        Matcher matcher = recordPattern(zone).matcher(normalize(privatelinkName));
        return matcher.matches() ? Optional.of(matcher.group("record") + "." + fill(publicSuffix, matcher))
                : Optional.empty();
    }

    /** The zone that should answer for a public name of this service, e.g. for a missing forwarder's message. */
    public Optional<String> zoneForPublicName(String publicName) {
        Matcher matcher = recordPattern(publicSuffix).matcher(normalize(publicName));
        return matcher.matches() ? Optional.of(fill(zone, matcher)) : Optional.empty();
    }

    static String normalize(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static Pattern namePattern(String template) {
        return Pattern.compile("(?:.+\\.)?" + regex(template));
    }

    private static Pattern recordPattern(String template) {
        return Pattern.compile("(?<record>.+)\\." + regex(template));
    }

    private static String regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(last, matcher.start())));
            regex.append("(?<").append(matcher.group(1)).append(">[a-z0-9-]+)");
            last = matcher.end();
        }
        return regex.append(Pattern.quote(template.substring(last))).toString();
    }

    private static String fill(String template, Matcher matched) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(matched.group(placeholder.group(1))));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }
}
