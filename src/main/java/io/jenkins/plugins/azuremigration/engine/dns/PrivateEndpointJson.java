package io.jenkins.plugins.azuremigration.engine.dns;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a private endpoint from its ARM payloads: {@code GET privateEndpoints/{name}}, its
 * {@code privateDnsZoneGroups} (one group, or the list response) and {@code GET networkInterfaces/{nic}}, and
 * unions the FQDN → IP pairs of all three. Accepts the REST shape ({@code properties} wrapper) and the flattened
 * shape the Azure CLI prints, so that {@code az network private-endpoint show} output works as well.
 */
public final class PrivateEndpointJson {
    private PrivateEndpointJson() {
    }

    public static PrivateEndpoint parse(JsonNode endpoint, Collection<JsonNode> zoneGroups,
            Collection<JsonNode> networkInterfaces) throws ArmPayloadException {
        String id = text(endpoint, "id");
        if (id == null) {
            throw new ArmPayloadException("a private endpoint payload has no 'id'");
        }
        String name = text(endpoint, "name");
        JsonNode properties = properties(endpoint);
        List<EndpointName> names = new ArrayList<>(customDnsConfigs(properties));
        for (JsonNode group : items(zoneGroups)) {
            names.addAll(zoneGroupRecordSets(group));
        }
        for (JsonNode nic : networkInterfaces) {
            names.addAll(networkInterfaceFqdns(nic));
        }
        return new PrivateEndpoint(id, name != null ? name : ArmIds.lastSegment(id), connectionState(properties),
                names);
    }

    /** The ids of the endpoint's network interfaces, to fetch (or find) their payloads. */
    public static List<String> networkInterfaceIds(JsonNode endpoint) {
        List<String> ids = new ArrayList<>();
        for (JsonNode nic : properties(endpoint).path("networkInterfaces")) {
            String id = text(nic, "id");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Approved when every connection is; otherwise the first other state. Automatic and manual (approval-needed)
     * connections are two lists of the same shape.
     */
    static ConnectionState connectionState(JsonNode properties) {
        ConnectionState state = null;
        for (String list : List.of("privateLinkServiceConnections", "manualPrivateLinkServiceConnections")) {
            for (JsonNode connection : properties.path(list)) {
                String status = text(properties(connection).path("privateLinkServiceConnectionState"), "status");
                ConnectionState current = ConnectionState.fromArm(status);
                if (state == null || state == ConnectionState.APPROVED && current != ConnectionState.APPROVED) {
                    state = current;
                }
            }
        }
        return state == null ? ConnectionState.UNKNOWN : state;
    }

    private static List<EndpointName> customDnsConfigs(JsonNode properties) {
        List<EndpointName> names = new ArrayList<>();
        for (JsonNode config : properties.path("customDnsConfigs")) {
            String fqdn = text(config, "fqdn");
            for (JsonNode ip : config.path("ipAddresses")) {
                if (fqdn != null && ip.isTextual()) {
                    names.add(new EndpointName(fqdn, ip.asText(), ExpectationSource.CUSTOM_DNS_CONFIGS));
                }
            }
        }
        return names;
    }

    private static List<EndpointName> zoneGroupRecordSets(JsonNode group) {
        List<EndpointName> names = new ArrayList<>();
        for (JsonNode config : properties(group).path("privateDnsZoneConfigs")) {
            JsonNode zoneConfig = properties(config);
            String zoneId = text(zoneConfig, "privateDnsZoneId");
            for (JsonNode recordSet : zoneConfig.path("recordSets")) {
                String type = text(recordSet, "recordType");
                if (type != null && !type.equalsIgnoreCase("A") && !type.equalsIgnoreCase("AAAA")) {
                    continue;
                }
                String fqdn = text(recordSet, "fqdn");
                String recordName = text(recordSet, "recordSetName");
                if (fqdn == null && recordName != null && zoneId != null) {
                    fqdn = recordName + "." + ArmIds.lastSegment(zoneId);
                }
                for (JsonNode ip : recordSet.path("ipAddresses")) {
                    if (fqdn != null && ip.isTextual()) {
                        names.add(new EndpointName(fqdn, ip.asText(), ExpectationSource.PRIVATE_DNS_ZONE_GROUP));
                    }
                }
            }
        }
        return names;
    }

    private static List<EndpointName> networkInterfaceFqdns(JsonNode nic) {
        List<EndpointName> names = new ArrayList<>();
        for (JsonNode ipConfiguration : properties(nic).path("ipConfigurations")) {
            JsonNode configuration = properties(ipConfiguration);
            String ip = text(configuration, "privateIPAddress");
            for (JsonNode fqdn : configuration.path("privateLinkConnectionProperties").path("fqdns")) {
                if (ip != null && fqdn.isTextual()) {
                    names.add(new EndpointName(fqdn.asText(), ip, ExpectationSource.NETWORK_INTERFACE));
                }
            }
        }
        return names;
    }

    /** Items of a list response ({@code {"value": [...]}}) or the payload itself. */
    static List<JsonNode> items(Collection<JsonNode> payloads) {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode payload : payloads) {
            if (payload.path("value").isArray()) {
                payload.path("value").forEach(items::add);
            } else {
                items.add(payload);
            }
        }
        return items;
    }

    static JsonNode properties(JsonNode node) {
        JsonNode properties = node.path("properties");
        return properties.isObject() ? properties : node;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().trim() : null;
    }
}
