package io.jenkins.plugins.azuremigration.engine.dns;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One FQDN to check, as clients ask for it (e.g. {@code acct.blob.core.windows.net}, not its privatelink form), with
 * every private IP it should resolve to, where those came from, the private endpoints that claim it and their
 * connection state ({@link ConnectionState#NOT_AN_ENDPOINT} for a wave-file pair).
 */
public record ExpectedName(String fqdn, List<String> privateIps, List<ExpectationSource> sources,
        List<String> privateEndpointIds, ConnectionState connectionState) implements Serializable {
    public ExpectedName {
        Objects.requireNonNull(fqdn, "fqdn");
        privateIps = List.copyOf(privateIps);
        sources = List.copyOf(sources);
        privateEndpointIds = List.copyOf(privateEndpointIds);
        Objects.requireNonNull(connectionState, "connectionState");
    }

    /** A single pair, as {@code dns.expect} gives it. */
    public static ExpectedName of(String fqdn, String privateIp) {
        return new ExpectedName(fqdn, List.of(privateIp), List.of(ExpectationSource.WAVE_FILE), List.of(),
                ConnectionState.NOT_AN_ENDPOINT);
    }
}
