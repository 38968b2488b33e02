package io.jenkins.plugins.azuremigration.engine.wave;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a wave may use plain http: only to this machine itself, i.e. a local emulator such as Azurite. Anywhere else
 * disks and the account key's signatures would cross the network unencrypted, so {@code http://acct.blob.core
 * .windows.net/...} is an error rather than a silent downgrade.
 */
final class PlainHttp {
    static final String RULE = "plain http is allowed only for a local emulator (127.0.0.0/8, localhost, ::1); use"
            + " https://";
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private PlainHttp() {
    }

    /** True for an {@code http://} URL whose host is not this machine's loopback. */
    static boolean isRefused(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri.getHost());
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        // by name only "localhost" itself: "localhost.example.com" is whatever DNS says it is
        if (lower.equals("localhost") || LOOPBACK_V4.matcher(lower).matches()) {
            return true;
        }
        if (!lower.contains(":")) {
            return false;
        }
        try {
            // an IPv6 literal ([::1], [0:0:0:0:0:0:0:1]): parsed, never looked up, since it contains ':'
            return InetAddress.getByName(lower.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
