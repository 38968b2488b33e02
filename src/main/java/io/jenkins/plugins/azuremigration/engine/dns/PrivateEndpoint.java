package io.jenkins.plugins.azuremigration.engine.dns;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the DNS check needs of one private endpoint: its resource id, the state of its connection, and every
 * FQDN → IP pair found in its ARM payloads.
 */
public record PrivateEndpoint(String id, String name, ConnectionState connectionState, List<EndpointName> names)
        implements Serializable {
    public PrivateEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(connectionState, "connectionState");
        names = List.copyOf(names);
    }
}
