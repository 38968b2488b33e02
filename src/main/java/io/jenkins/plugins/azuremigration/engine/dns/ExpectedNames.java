package io.jenkins.plugins.azuremigration.engine.dns;

import io.jenkins.plugins.azuremigration.engine.wave.DnsExpectation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Unions the expected FQDN → IP pairs of private endpoints (all three ARM places) and of the wave file into one
 * {@link ExpectedName} per client-facing FQDN, sorted by name.
 */
public final class ExpectedNames {
    private ExpectedNames() {
    }

    public static List<ExpectedName> union(Collection<PrivateEndpoint> endpoints, Collection<DnsExpectation> waveFile,
            PrivateLinkZones zones) {
        Map<String, Builder> byName = new TreeMap<>();
        for (PrivateEndpoint endpoint : endpoints) {
            for (EndpointName name : endpoint.names()) {
                // ARM gives zone-group record sets in their privatelink form; clients ask for the public name
                String fqdn = zones.publicNameOf(name.fqdn());
                byName.computeIfAbsent(fqdn, Builder::new).add(name.ip(), name.source(), endpoint);
            }
        }
        for (DnsExpectation pair : waveFile) {
            // explicit pairs are checked as written: a privatelink name there is meant to be asked directly
            String fqdn = PrivateLinkZone.normalize(pair.fqdn());
            byName.computeIfAbsent(fqdn, Builder::new).add(pair.privateIp(), ExpectationSource.WAVE_FILE, null);
        }
        return byName.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        private final String fqdn;
        private final Set<String> ips = new LinkedHashSet<>();
        private final Set<ExpectationSource> sources = EnumSet.noneOf(ExpectationSource.class);
        private final Set<String> endpointIds = new LinkedHashSet<>();
        private final List<ConnectionState> states = new ArrayList<>();

        Builder(String fqdn) {
            this.fqdn = fqdn;
        }

        void add(String ip, ExpectationSource source, PrivateEndpoint endpoint) {
            ips.add(IpAddresses.canonical(ip));
            sources.add(source);
            if (endpoint != null && endpointIds.add(endpoint.id())) {
                states.add(endpoint.connectionState());
            }
        }

        ExpectedName build() {
            return new ExpectedName(fqdn, List.copyOf(ips), List.copyOf(sources), List.copyOf(endpointIds), state());
        }

        /** One approved endpoint is enough for traffic to flow; otherwise the first endpoint's state tells why not. */
        private ConnectionState state() {
            if (states.isEmpty()) {
                return ConnectionState.NOT_AN_ENDPOINT;
            }
            return states.contains(ConnectionState.APPROVED) ? ConnectionState.APPROVED : states.get(0);
        }
    }
}
