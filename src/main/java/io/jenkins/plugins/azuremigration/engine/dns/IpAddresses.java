package io.jenkins.plugins.azuremigration.engine.dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.xbill.DNS.Address;

/**
 * IP literals: parsing without any lookup, one canonical spelling (so {@code fd00::5} and
 * {@code fd00:0:0:0:0:0:0:5} compare equal), and whether an address is private or public.
 */
final class IpAddresses {
    private IpAddresses() {
    }

    /** Parses a literal only; dnsjava's {@link Address#getByAddress(String)} never sends a query. */
    static InetAddress parse(String literal) {
        try {
            return Address.getByAddress(literal.trim());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: '" + literal + "'", e);
        }
    }

    static boolean isLiteral(String text) {
        try {
            Address.getByAddress(text.trim());
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The canonical text of a literal; anything that is not one is returned unchanged, to be reported as such. */
    static String canonical(String literal) {
        return isLiteral(literal) ? text(parse(literal)) : literal.trim();
    }

    static String text(InetAddress address) {
        return address instanceof Inet6Address ? compressed(address.getAddress()) : address.getHostAddress();
    }

    static boolean isIpv6(String literal) {
        return isLiteral(literal) && parse(literal) instanceof Inet6Address;
    }

    /**
     * Private, shared, loopback or link-local: not reachable from the internet. Azure VNets use RFC 1918 and the
     * shared 100.64.0.0/10 range; IPv6 private endpoints use unique local addresses (fc00::/7).
     */
    static boolean isPrivate(String literal) {
        if (!isLiteral(literal)) {
            return false;
        }
        InetAddress address = parse(literal);
        byte[] bytes = address.getAddress();
        if (address.isSiteLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()) {
            return true;
        }
        if (address instanceof Inet4Address) {
            return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        }
        return (bytes[0] & 0xfe) == 0xfc;
    }

    /** RFC 5952 text: lower case, the longest run of zero groups (two or more) as {@code ::}. */
    private static String compressed(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
