package io.jenkins.plugins.azuremigration.engine.dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DNS server as the wave file and {@code --dns-server} write it: an IP literal with an optional port
 * ({@code 10.0.0.4}, {@code 127.0.0.1:5353}, {@code fd00::53}, {@code [fd00::53]:53}). Host names are refused:
 * resolving one would need the very resolver under test.
 */
public final class DnsServerAddress {
    private static final int DNS_PORT = 53;
    private static final Pattern BRACKETED = Pattern.compile("\\[([^]]+)](?::(\\d{1,5}))?");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):(\\d{1,5})");

    private DnsServerAddress() {
    }

    public static InetSocketAddress parse(String text) {
        String trimmed = text.trim();
        Matcher bracketed = BRACKETED.matcher(trimmed);
        if (bracketed.matches()) {
            return address(bracketed.group(1), bracketed.group(2), text);
        }
        Matcher withPort = IPV4_WITH_PORT.matcher(trimmed);
        if (withPort.matches()) {
            return address(withPort.group(1), withPort.group(2), text);
        }
        return address(trimmed, null, text);
    }

    /** {@code 10.0.0.4:53}, {@code [fd00::53]:53}. */
    public static String describe(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        String host = IpAddresses.text(ip);
        return (ip instanceof Inet6Address ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    private static InetSocketAddress address(String ip, String port, String original) {
        if (!IpAddresses.isLiteral(ip)) {
            throw new IllegalArgumentException("DNS server '" + original + "' must be an IP address with an optional"
                    + " port, e.g. 10.0.0.4, 127.0.0.1:5353 or [fd00::53]:53");
        }
        int number = port == null ? DNS_PORT : Integer.parseInt(port);
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException("DNS server '" + original + "': port must be 1 to 65535");
        }
        return new InetSocketAddress(IpAddresses.parse(ip), number);
    }
}
