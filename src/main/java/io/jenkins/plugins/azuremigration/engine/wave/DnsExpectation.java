package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.Objects;

/** An explicit FQDN → private IP pair from {@code dns.expect}, checked besides those read from private endpoints. */
public record DnsExpectation(String fqdn, String privateIp, SourcePosition position) {
    public DnsExpectation {
        Objects.requireNonNull(fqdn, "fqdn");
        Objects.requireNonNull(privateIp, "privateIp");
    }
}
