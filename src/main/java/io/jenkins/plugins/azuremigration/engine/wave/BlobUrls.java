package io.jenkins.plugins.azuremigration.engine.wave;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Blob URL rules shared by wave files and machine lists. Both Azure's host style
 * ({@code https://acct.blob.core.windows.net/container/blob}) and the path style of emulators and IP endpoints
 * ({@code http://127.0.0.1:10000/acct/container/blob}) are accepted.
 */
final class BlobUrls {
    private static final Pattern CONTAINER = Pattern.compile("\\$root|[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}");
    private static final Pattern IP_HOST = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+]");

    private BlobUrls() {
    }

    static boolean looksLikeUrl(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Parses a blob URL; returns null after reporting why it is not one. */
    static URI parseBlob(String text, SourcePosition position, String field, Problems problems) {
        return parse(text, position, field, problems, true);
    }

    /** Parses a container URL (no blob name); returns null after reporting why it is not one. */
    static URI parseContainer(String text, SourcePosition position, String field, Problems problems) {
        return parse(text, position, field, problems, false);
    }

    private static URI parse(String text, SourcePosition position, String field, Problems problems, boolean blob) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            problems.add(position, field, "is not a valid URL: " + e.getReason());
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            problems.add(position, field, "must be an http:// or https:// URL with a host");
            return null;
        }
        if (PlainHttp.isRefused(uri)) {
            problems.add(position, field, PlainHttp.RULE + " for " + uri.getHost());
            return null;
        }
        if (uri.getRawQuery() != null) {
            problems.add(position, field, "must not carry a query string; give a SAS as storage.sas: ${env:NAME}");
            return null;
        }
        List<String> segments = segments(uri);
        int accountSegments = isPathStyle(uri) ? 1 : 0;
        int needed = accountSegments + (blob ? 2 : 1);
        if (segments.size() < needed || !blob && segments.size() > needed) {
            problems.add(position, field, blob
                    ? "must name a container and a blob, e.g. https://account.blob.core.windows.net/vhds/web01-os.vhd"
                    : "must name a container and nothing after it, e.g. https://account.blob.core.windows.net/vhds");
            return null;
        }
        String container = segments.get(accountSegments);
        if (!CONTAINER.matcher(container).matches()) {
            problems.add(position, field, "container '" + container + "' is not a valid container name (3-63"
                    + " lowercase letters, digits and single hyphens)");
            return null;
        }
        return uri;
    }

    static boolean isPathStyle(URI uri) {
        String host = uri.getHost();
        return host != null && (host.equalsIgnoreCase("localhost") || IP_HOST.matcher(host).matches());
    }

    private static List<String> segments(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
