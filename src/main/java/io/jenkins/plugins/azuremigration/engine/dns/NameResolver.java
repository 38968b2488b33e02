package io.jenkins.plugins.azuremigration.engine.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Resolves one name at message level with dnsjava, so that the whole chain is seen: every CNAME hop and the
 * address records at its end. Asks each server in turn (as resolv.conf does), retrying after a timeout or
 * SERVFAIL; when a server answers a CNAME without its target's records, asks for the target itself.
 */
final class NameResolver {
    private static final int MAX_CHAIN_QUERIES = 4;

    private final List<InetSocketAddress> servers;
    private final List<SimpleResolver> resolvers = new ArrayList<>();
    private final Duration timeout;
    private final int retries;

    NameResolver(List<InetSocketAddress> servers, Duration timeout, int retries) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no DNS server to ask");
        }
        this.servers = List.copyOf(servers);
        this.timeout = timeout;
        this.retries = retries;
        for (InetSocketAddress server : servers) {
            SimpleResolver resolver = new SimpleResolver(server);
            resolver.setTimeout(timeout);
            resolvers.add(resolver);
        }
    }

    /** A and, when asked or when there is no A record, AAAA. */
    Resolution resolve(String fqdn, boolean askIpv6) throws InterruptedException {
        AtomicInteger queries = new AtomicInteger();
        Name name = absolute(fqdn);
        Chain a = follow(name, Type.A, queries);
        if (a.outcome() != Resolution.Outcome.ADDRESSES && a.outcome() != Resolution.Outcome.NODATA) {
            return a.toResolution(List.of(), queries.get());
        }
        if (!askIpv6 && a.outcome() == Resolution.Outcome.ADDRESSES) {
            return a.toResolution(List.of(), queries.get());
        }
        Chain aaaa = follow(name, Type.AAAA, queries);
        if (aaaa.outcome() != Resolution.Outcome.ADDRESSES) {
            return a.toResolution(List.of(), queries.get());
        }
        if (a.outcome() == Resolution.Outcome.NODATA) {
            return new Resolution(Resolution.Outcome.ADDRESSES, aaaa.rcode(), aaaa.records(), List.of(),
                    aaaa.addresses(), aaaa.server(), queries.get(), "");
        }
        List<ObservedRecord> records = new ArrayList<>(a.records());
        aaaa.records().stream().filter(ObservedRecord::isAddress).forEach(records::add);
        return new Resolution(Resolution.Outcome.ADDRESSES, a.rcode(), records, a.addresses(), aaaa.addresses(),
                a.server(), queries.get(), "");
    }

    private Chain follow(Name name, int type, AtomicInteger queries) throws InterruptedException {
        List<ObservedRecord> records = new ArrayList<>();
        Name current = name;
        Exchange exchange = null;
        for (int hop = 0; hop < MAX_CHAIN_QUERIES; hop++) {
            exchange = exchange(current, type, queries);
            if (exchange.answer() == null) {
                return new Chain(exchange.failure(), "-", records, List.of(), exchange.server(), exchange.detail());
            }
            Message answer = exchange.answer();
            Name end = walkCnames(answer, current, records);
            List<String> addresses = addresses(answer, end, type, records);
            int rcode = answer.getRcode();
            if (!addresses.isEmpty()) {
                return new Chain(Resolution.Outcome.ADDRESSES, Rcode.string(rcode), records, addresses,
                        exchange.server(), "");
            }
            if (rcode == Rcode.NXDOMAIN) {
                return new Chain(Resolution.Outcome.NXDOMAIN, "NXDOMAIN", records, List.of(), exchange.server(), "");
            }
            if (rcode != Rcode.NOERROR) {
                return new Chain(Resolution.Outcome.ERROR_RCODE, Rcode.string(rcode), records, List.of(),
                        exchange.server(), "");
            }
            if (end.equals(current)) {
                break;
            }
            current = end;
        }
        return new Chain(Resolution.Outcome.NODATA, "NOERROR", records, List.of(), exchange.server(), "");
    }

    /** Appends the CNAME hops that start at {@code start}; returns the name at the end of the chain. */
    private static Name walkCnames(Message answer, Name start, List<ObservedRecord> records) {
        Name at = start;
        Set<Name> seen = new HashSet<>();
        boolean moved = true;
        while (moved && seen.add(at)) {
            moved = false;
            for (Record record : answer.getSection(Section.ANSWER)) {
                if (record instanceof CNAMERecord cname && cname.getName().equals(at)) {
                    records.add(new ObservedRecord(text(at), "CNAME", text(cname.getTarget()), cname.getTTL()));
                    at = cname.getTarget();
                    moved = true;
                    break;
                }
            }
        }
        return at;
    }

    private static List<String> addresses(Message answer, Name owner, int type, List<ObservedRecord> records) {
        List<String> addresses = new ArrayList<>();
        for (Record record : answer.getSection(Section.ANSWER)) {
            if (record.getType() != type || !record.getName().equals(owner)) {
                continue;
            }
            String address = record instanceof ARecord a ? IpAddresses.text(a.getAddress())
                    : IpAddresses.text(((AAAARecord) record).getAddress());
            if (!addresses.contains(address)) {
                addresses.add(address);
                records.add(new ObservedRecord(text(owner), Type.string(type), address, record.getTTL()));
            }
        }
        return addresses;
    }

    /** One question, each server in turn, {@code 1 + retries} rounds; stops at the first usable answer. */
    private Exchange exchange(Name name, int type, AtomicInteger queries) throws InterruptedException {
        Exchange last = null;
        for (int round = 0; round <= retries; round++) {
            for (int i = 0; i < resolvers.size(); i++) {
                queries.incrementAndGet();
                last = send(i, Message.newQuery(Record.newRecord(name, type, DClass.IN)));
                if (last.answer() != null && last.answer().getRcode() != Rcode.SERVFAIL) {
                    return last;
                }
            }
        }
        return last;
    }

    private Exchange send(int index, Message query) throws InterruptedException {
        String server = DnsServerAddress.describe(servers.get(index));
        CompletableFuture<Message> future = resolvers.get(index).sendAsync(query).toCompletableFuture();
        try {
            // our own wait, not only the resolver's: dnsjava's I/O thread checks its timeouts about once a second
            return new Exchange(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null, server, "");
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Exchange(null, Resolution.Outcome.TIMEOUT, server, "");
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SocketTimeoutException) {
                return new Exchange(null, Resolution.Outcome.TIMEOUT, server, "");
            }
            if (cause instanceof PortUnreachableException) {
                return new Exchange(null, Resolution.Outcome.UNREACHABLE, server, "port unreachable");
            }
            if (cause instanceof IOException) {
                return new Exchange(null, Resolution.Outcome.UNREACHABLE, server, String.valueOf(cause.getMessage()));
            }
            throw new IllegalStateException("dnsjava failed on " + query.getQuestion(), cause);
        }
    }

    private static Name absolute(String fqdn) {
        try {
            return Name.fromString(fqdn, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a DNS name: '" + fqdn + "'", e);
        }
    }

    /** Without the root's trailing dot, as people write names. */
    private static String text(Name name) {
        return name.toString(true);
    }

    private record Exchange(Message answer, Resolution.Outcome failure, String server, String detail) {
    }

    private record Chain(Resolution.Outcome outcome, String rcode, List<ObservedRecord> records,
            List<String> addresses, String server, String detail) {
        Resolution toResolution(List<String> ipv6, int queries) {
            return new Resolution(outcome, rcode, records, addresses, ipv6, server, queries, detail);
        }
    }
}
