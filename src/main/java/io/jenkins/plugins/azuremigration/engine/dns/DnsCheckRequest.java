package io.jenkins.plugins.azuremigration.engine.dns;

import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.DnsSettings;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the check needs, and nothing secret: it is sent to the Jenkins agent that runs the check (the
 * on-premises side), so it is Serializable and holds only names, IPs and resolver options.
 *
 * @param server {@code host:port} to ask, or null for the system resolver of the machine that runs the check
 * @param timeout how long one query waits for its answer
 * @param retries how many more times a query is sent after a timeout or SERVFAIL
 * @param concurrency how many names are resolved at once
 */
public record DnsCheckRequest(String waveName, AzureCloud cloud, String server, List<ExpectedName> names,
        Duration timeout, int retries, int concurrency) implements Serializable {
    public DnsCheckRequest {
        Objects.requireNonNull(waveName, "waveName");
        Objects.requireNonNull(cloud, "cloud");
        names = List.copyOf(names);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (retries < 0 || retries > DnsSettings.MAX_RETRIES) {
            throw new IllegalArgumentException("retries must be 0 to " + DnsSettings.MAX_RETRIES);
        }
        if (concurrency < 1 || concurrency > DnsSettings.MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency must be 1 to " + DnsSettings.MAX_CONCURRENCY);
        }
        if (server != null) {
            DnsServerAddress.parse(server);
        }
    }

    /**
     * The request for a wave: its endpoints' names and its {@code dns.expect} pairs, asked of {@code serverOverride}
     * when given (e.g. {@code --dns-server}), else of {@code dns.server}, else of the system resolver.
     */
    public static DnsCheckRequest forWave(Wave wave, List<PrivateEndpoint> endpoints, String serverOverride) {
        DnsSettings dns = wave.dns();
        List<ExpectedName> names = ExpectedNames.union(endpoints, dns.expect(), PrivateLinkZones.of(wave.cloud()));
        return new DnsCheckRequest(wave.name(), wave.cloud(), serverOverride != null ? serverOverride : dns.server(),
                names, Duration.ofMillis(dns.timeoutMillis()), dns.retries(), dns.concurrency());
    }

    public boolean usesSystemResolver() {
        return server == null;
    }
}
