package io.jenkins.plugins.azuremigration.engine.dns;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the resolver answered for one name: the whole chain (CNAME hops, then the address records), the addresses
 * by family, the response code, which server answered, and how many queries it took.
 *
 * @param detail for a failure without an answer, what happened (e.g. "port unreachable"); otherwise empty
 */
public record Resolution(Outcome outcome, String rcode, List<ObservedRecord> chain, List<String> ipv4,
        List<String> ipv6, String server, int queries, String detail) implements Serializable {
    public enum Outcome {
        /** At least one A or AAAA record at the end of the chain. */
        ADDRESSES,
        NXDOMAIN,
        /** The name exists but has no A or AAAA record. */
        NODATA,
        /** An error response code: SERVFAIL, REFUSED, ... ({@link #rcode()} names it). */
        ERROR_RCODE,
        TIMEOUT,
        /** The network refused the query (e.g. ICMP port unreachable): nothing listens there. */
        UNREACHABLE
    }

    public Resolution {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rcode, "rcode");
        chain = List.copyOf(chain);
        ipv4 = List.copyOf(ipv4);
        ipv6 = List.copyOf(ipv6);
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(detail, "detail");
    }

    public List<String> addresses() {
        List<String> all = new ArrayList<>(ipv4);
        all.addAll(ipv6);
        return all;
    }

    /** AAAA records but no A record: IPv4-only clients (most migration appliances) cannot connect. */
    public boolean ipv6Only() {
        return ipv4.isEmpty() && !ipv6.isEmpty();
    }

    public List<String> cnameTargets() {
        return chain.stream().filter(ObservedRecord::isCname).map(ObservedRecord::value).toList();
    }
}
