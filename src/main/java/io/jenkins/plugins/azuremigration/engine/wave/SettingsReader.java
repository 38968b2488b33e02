package io.jenkins.plugins.azuremigration.engine.wave;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.UnknownHostException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the {@code storage}, {@code dns} and {@code copy} sections of a wave file. */
final class SettingsReader {
    private static final Pattern FQDN = Pattern.compile(
            "(?=.{1,253}\\.?$)([A-Za-z0-9_](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9-]{2,63}\\.?");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern PRIVATE_ENDPOINT_ID = Pattern.compile("(?i)/subscriptions/[^/\\s]+/resourceGroups/"
            + "[^/\\s]+/providers/Microsoft\\.Network/privateEndpoints/[^/\\s]+");
    private static final Pattern HOUR_MINUTE = Pattern.compile("\\d{1,2}:\\d{2}");

    private final String file;
    private final Problems problems;
    private final ValueResolver resolver;

    SettingsReader(String file, Problems problems, ValueResolver resolver) {
        this.file = file;
        this.problems = problems;
        this.resolver = resolver;
    }

    StorageSettings storage(YamlMapping storage) {
        if (storage == null) {
            return StorageSettings.none();
        }
        storage.allowOnly("connectionString", "accountUrl", "sas");
        SecretValue connectionString = secret(storage, "connectionString", true);
        SecretValue sas = secret(storage, "sas", false);
        String accountUrlText = storage.string("accountUrl");
        String accountUrl = null;
        if (accountUrlText != null) {
            String resolved = resolver.plain(accountUrlText, storage.positionOf("accountUrl"), storage.field("accountUrl"));
            accountUrl = resolved == null ? null : accountUrl(resolved, storage);
        }
        if (storage.has("connectionString") && (storage.has("accountUrl") || storage.has("sas"))) {
            problems.add(storage.position(), storage.field("connectionString"), "give either connectionString, or"
                    + " accountUrl (with an optional sas), not both");
        } else if (storage.has("sas") && !storage.has("accountUrl")) {
            problems.add(storage.positionOf("sas"), storage.field("sas"), "needs storage.accountUrl");
        }
        return new StorageSettings(connectionString, accountUrl, sas);
    }

    DnsSettings dns(YamlMapping dns) {
        if (dns == null) {
            return DnsSettings.systemResolver();
        }
        dns.allowOnly("server", "expect", "privateEndpoints", "timeoutMillis", "retries", "concurrency");
        String server = dns.string("server");
        if (server != null && !isServerAddress(server.trim())) {
            problems.add(dns.positionOf("server"), dns.field("server"), "must be an IP address with an optional"
                    + " port, e.g. 10.0.0.4, 127.0.0.1:5353 or [fd00::53]:53");
            server = null;
        }
        int timeoutMillis = dns.integer("timeoutMillis", DnsSettings.MIN_TIMEOUT_MILLIS,
                DnsSettings.MAX_TIMEOUT_MILLIS, DnsSettings.DEFAULT_TIMEOUT_MILLIS);
        int retries = dns.integer("retries", 0, DnsSettings.MAX_RETRIES, DnsSettings.DEFAULT_RETRIES);
        int concurrency = dns.integer("concurrency", 1, DnsSettings.MAX_CONCURRENCY, DnsSettings.DEFAULT_CONCURRENCY);
        return new DnsSettings(server == null ? null : server.trim(), dnsExpectations(dns), privateEndpointIds(dns),
                timeoutMillis, retries, concurrency);
    }

    private List<DnsExpectation> dnsExpectations(YamlMapping dns) {
        List<DnsExpectation> expectations = new ArrayList<>();
        List<Node> items = dns.sequence("expect");
        for (int i = 0; i < items.size(); i++) {
            YamlMapping entry = YamlMapping.of(items.get(i), file, dns.field("expect") + "[" + i + "]", problems);
            if (entry == null) {
                continue;
            }
            entry.allowOnly("fqdn", "privateIp");
            String fqdn = entry.requiredString("fqdn");
            String ip = entry.requiredString("privateIp");
            boolean ok = fqdn != null && ip != null;
            if (fqdn != null && !FQDN.matcher(fqdn.trim()).matches()) {
                problems.add(entry.positionOf("fqdn"), entry.field("fqdn"), "'" + fqdn + "' is not a DNS name");
                ok = false;
            }
            if (ip != null && !isIpLiteral(ip.trim())) {
                problems.add(entry.positionOf("privateIp"), entry.field("privateIp"), "'" + ip + "' is not an IP address");
                ok = false;
            }
            if (ok) {
                expectations.add(new DnsExpectation(fqdn.trim().replaceAll("\\.$", ""), ip.trim(), entry.position()));
            }
        }
        return expectations;
    }

    /** ARM ids of private endpoints; the check reads their FQDNs and IPs, so a typo must not pass silently. */
    private List<String> privateEndpointIds(YamlMapping dns) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> items = dns.sequence("privateEndpoints");
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String field = dns.field("privateEndpoints") + "[" + i + "]";
            SourcePosition at = YamlMapping.position(file, item);
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.add(at, field, "must be a private endpoint's resource id");
                continue;
            }
            String id = scalar.getValue().trim();
            if (!PRIVATE_ENDPOINT_ID.matcher(id).matches()) {
                problems.add(at, field, "must be a private endpoint's resource id, /subscriptions/{id}/resourceGroups/"
                        + "{group}/providers/Microsoft.Network/privateEndpoints/{name}, was '" + id + "'");
            } else if (!seen.add(id.toLowerCase(Locale.ROOT))) {
                problems.add(at, field, "duplicate private endpoint '" + id + "' (ids are compared ignoring case)");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    CopySettings copy(YamlMapping copy) {
        if (copy == null) {
            return CopySettings.defaults();
        }
        copy.allowOnly("batchSize", "mode", "connections", "capMbps", "stopAt", "sourceRoots");
        int batchSize = copy.integer("batchSize", 1, CopySettings.MAX_BATCH_SIZE, CopySettings.MAX_BATCH_SIZE);
        int connections = copy.integer("connections", 1, CopySettings.MAX_CONNECTIONS, CopySettings.DEFAULT_CONNECTIONS);
        int capMbps = copy.integer("capMbps", 1, 1_000_000, 0);
        String modeText = copy.string("mode");
        CopyMode mode = CopyMode.ROLLING;
        if (modeText != null) {
            mode = CopyMode.fromWaveName(modeText.trim()).orElse(null);
            if (mode == null) {
                problems.add(copy.positionOf("mode"), copy.field("mode"), "must be 'rolling' or 'batches', was '"
                        + modeText + "'");
                mode = CopyMode.ROLLING;
            }
        }
        return new CopySettings(batchSize, mode, connections, capMbps, stopAt(copy));
    }

    /**
     * {@code copy.sourceRoots}: folders besides the wave file's own that local sources may lie in, relative to the
     * wave file's folder or absolute. With {@link DiskFileCheck#CHECK} each must be a folder on this machine.
     */
    SourceRoots sourceRoots(YamlMapping copy, Path waveFolder, DiskFileCheck check) {
        List<Path> roots = new ArrayList<>();
        List<Node> items = copy == null ? List.of() : copy.sequence("sourceRoots");
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String field = copy.field("sourceRoots") + "[" + i + "]";
            SourcePosition at = YamlMapping.position(file, item);
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.add(at, field, "must be a folder (absolute, or relative to the wave file's folder)");
                continue;
            }
            String text = resolver.plain(scalar.getValue(), at, field);
            if (text == null) {
                continue;
            }
            Path root = waveFolder.resolve(text.trim()).normalize();
            if (check == DiskFileCheck.CHECK && !Files.isDirectory(root)) {
                problems.add(at, field, text.trim() + " is not a folder on this machine (" + root + ")");
                continue;
            }
            roots.add(root);
        }
        return new SourceRoots(waveFolder, roots);
    }

    private LocalTime stopAt(YamlMapping copy) {
        String text = copy.string("stopAt");
        if (text == null) {
            return null;
        }
        try {
            if (HOUR_MINUTE.matcher(text.trim()).matches()) {
                return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
            }
        } catch (DateTimeParseException e) {
            // reported below with the expected form
        }
        problems.add(copy.positionOf("stopAt"), copy.field("stopAt"), "must be a local time HH:MM, e.g. 05:30,"
                + " was '" + text + "'");
        return null;
    }

    private SecretValue secret(YamlMapping storage, String key, boolean literalAllowedWithoutKey) {
        String raw = storage.string(key);
        return raw == null ? null
                : resolver.secret(raw, storage.positionOf(key), storage.field(key), literalAllowedWithoutKey);
    }

    private String accountUrl(String text, YamlMapping storage) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme();
            if (uri.getHost() != null && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                    && uri.getRawQuery() == null) {
                if (PlainHttp.isRefused(uri)) {
                    problems.add(storage.positionOf("accountUrl"), storage.field("accountUrl"),
                            PlainHttp.RULE + " for " + uri.getHost());
                    return null;
                }
                return text.trim().replaceAll("/+$", "");
            }
        } catch (URISyntaxException e) {
            // reported below with the expected form
        }
        problems.add(storage.positionOf("accountUrl"), storage.field("accountUrl"), "must be the account's blob"
                + " endpoint, e.g. https://migcache01.blob.core.windows.net, without a query string");
        return null;
    }

    static boolean isIpLiteral(String text) {
        return IPV4.matcher(text).matches() || IPV6.matcher(text).matches() && parsesAsAddress(text);
    }

    private static boolean isServerAddress(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            return close > 0 && isIpLiteral(text.substring(1, close))
                    && (close == text.length() - 1 || isPort(text.substring(close + 1)));
        }
        int colon = text.indexOf(':');
        if (colon >= 0 && text.indexOf(':', colon + 1) < 0) {
            return IPV4.matcher(text.substring(0, colon)).matches() && isPort(text.substring(colon));
        }
        return isIpLiteral(text);
    }

    private static boolean isPort(String colonAndPort) {
        if (!colonAndPort.matches(":\\d{1,5}")) {
            return false;
        }
        int port = Integer.parseInt(colonAndPort.substring(1));
        return port >= 1 && port <= 65535;
    }

    private static boolean parsesAsAddress(String text) {
        try {
            // a literal never triggers a lookup: IPV6 admits only hex digits, colons and dots
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
