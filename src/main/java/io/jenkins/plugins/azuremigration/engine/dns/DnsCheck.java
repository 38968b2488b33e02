package io.jenkins.plugins.azuremigration.engine.dns;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.xbill.DNS.ResolverConfig;

/**
 * The private-link DNS check: resolves every expected name from the machine it runs on (the on-premises side)
 * and judges each answer. The single entry point for {@code bin/wave dns} and the Jenkins step, which runs it on
 * the agent with a Serializable request and gets a Serializable report back.
 */
public final class DnsCheck {
    private DnsCheck() {
    }

    public static DnsCheckReport run(DnsCheckRequest request) throws InterruptedException {
        Instant started = Instant.now();
        long start = System.nanoTime();
        List<InetSocketAddress> servers = servers(request);
        NameResolver resolver = new NameResolver(servers, request.timeout(), request.retries());
        VerdictRules rules = new VerdictRules(PrivateLinkZones.of(request.cloud()), request.timeout());
        List<DnsCheckResult> results = new ArrayList<>();
        if (!request.names().isEmpty()) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.concurrency(), request.names().size()),
                    daemonThreads());
            try {
                List<Future<DnsCheckResult>> futures = new ArrayList<>();
                for (ExpectedName name : request.names()) {
                    futures.add(pool.submit(() -> check(name, resolver, rules)));
                }
                for (Future<DnsCheckResult> future : futures) {
                    results.add(future.get());
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("DNS check failed", e.getCause());
            } finally {
                // also interrupts the queries in flight when we were interrupted (build aborted)
                pool.shutdownNow();
            }
        }
        return new DnsCheckReport(request.waveName(), describe(request, servers), started,
                Duration.ofNanos(System.nanoTime() - start), results);
    }

    private static DnsCheckResult check(ExpectedName name, NameResolver resolver, VerdictRules rules)
            throws InterruptedException {
        long start = System.nanoTime();
        boolean askIpv6 = name.privateIps().stream().anyMatch(IpAddresses::isIpv6);
        Resolution resolution = resolver.resolve(name.fqdn(), askIpv6);
        return rules.judge(name, resolution, (System.nanoTime() - start) / 1_000_000);
    }

    /** The wave's server, or what resolv.conf (or the platform's equivalent) names, read afresh for each run. */
    private static List<InetSocketAddress> servers(DnsCheckRequest request) {
        if (!request.usesSystemResolver()) {
            return List.of(DnsServerAddress.parse(request.server()));
        }
        ResolverConfig.refresh();
        return ResolverConfig.getCurrentConfig().servers();
    }

    private static String describe(DnsCheckRequest request, List<InetSocketAddress> servers) {
        String addresses = servers.stream().map(DnsServerAddress::describe).collect(Collectors.joining(", "));
        return request.usesSystemResolver() ? "system resolver (" + addresses + ")" : addresses;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "dns-check-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
