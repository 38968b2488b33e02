package io.jenkins.plugins.azuremigration.engine.dns;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one FQDN, with a one-line reason, what was expected (and from where), and what was observed:
 * the answer chain, the addresses and who answered.
 */
public record DnsCheckResult(String fqdn, Verdict verdict, String reason, List<String> expectedIps,
        List<ExpectationSource> sources, List<String> privateEndpointIds, ConnectionState connectionState,
        Resolution resolution, long elapsedMillis) implements Serializable {
    public DnsCheckResult {
        Objects.requireNonNull(fqdn, "fqdn");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        expectedIps = List.copyOf(expectedIps);
        sources = List.copyOf(sources);
        privateEndpointIds = List.copyOf(privateEndpointIds);
        Objects.requireNonNull(connectionState, "connectionState");
        Objects.requireNonNull(resolution, "resolution");
    }

    public Severity severity() {
        return verdict.severity();
    }

    public List<ObservedRecord> chain() {
        return resolution.chain();
    }

    public List<String> observedAddresses() {
        return resolution.addresses();
    }

    /**
     * The chain after the asked name, e.g. {@code CNAME a.privatelink.blob.core.windows.net -> A 10.20.1.4}, ending
     * with the failure when there is one.
     */
    public String chainText() {
        StringBuilder text = new StringBuilder();
        String previousType = null;
        for (ObservedRecord record : resolution.chain()) {
            if (record.isAddress() && record.type().equals(previousType)) {
                text.append(", ").append(record.value());
            } else {
                text.append(text.length() == 0 ? "" : " -> ").append(record.type()).append(' ').append(record.value());
            }
            previousType = record.type();
        }
        String end = switch (resolution.outcome()) {
            case ADDRESSES -> "";
            case NXDOMAIN -> "NXDOMAIN";
            case NODATA -> "no A/AAAA record";
            case ERROR_RCODE -> resolution.rcode();
            case TIMEOUT -> "no answer";
            case UNREACHABLE -> "unreachable";
        };
        if (!end.isEmpty()) {
            text.append(text.length() == 0 ? "" : " -> ").append(end);
        }
        return text.toString();
    }
}
