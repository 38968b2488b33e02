package io.jenkins.plugins.azuremigration.engine.dns;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.azuremigration.engine.azure.ApiVersions;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the wave's private endpoints from Azure Resource Manager, from all three places ARM keeps their names: the
 * endpoint itself ({@code customDnsConfigs}), its private DNS zone groups, and its network interfaces.
 */
public final class ArmEndpointReader {
    private final ArmClient arm;

    public ArmEndpointReader(ArmClient arm) {
        this.arm = arm;
    }

    public List<PrivateEndpoint> read(List<String> endpointIds) {
        List<PrivateEndpoint> endpoints = new ArrayList<>();
        for (String id : endpointIds) {
            JsonNode endpoint = arm.get(id, ApiVersions.NETWORK);
            List<JsonNode> zoneGroups = arm.list(id + "/privateDnsZoneGroups", ApiVersions.NETWORK, null);
            List<JsonNode> interfaces = new ArrayList<>();
            for (String nic : PrivateEndpointJson.networkInterfaceIds(endpoint)) {
                arm.find(nic, ApiVersions.NETWORK).ifPresent(interfaces::add);
            }
            try {
                endpoints.add(PrivateEndpointJson.parse(endpoint, zoneGroups, interfaces));
            } catch (ArmPayloadException e) {
                throw new ArmException("GET", id, 200, "UnexpectedPayload", e.getMessage());
            }
        }
        return endpoints;
    }
}
