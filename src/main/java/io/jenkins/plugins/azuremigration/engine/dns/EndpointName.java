package io.jenkins.plugins.azuremigration.engine.dns;

import java.io.Serializable;
import java.util.Objects;

/** One FQDN → IP pair as one place of ARM states it for a private endpoint (not yet normalized or merged). */
public record EndpointName(String fqdn, String ip, ExpectationSource source) implements Serializable {
    public EndpointName {
        Objects.requireNonNull(fqdn, "fqdn");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(source, "source");
    }
}
