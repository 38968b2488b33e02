package io.jenkins.plugins.azuremigration.engine.dns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Private endpoints read from saved ARM GET responses in a folder ({@code *.json}, any file names): endpoints,
 * their DNS zone groups (single or list responses) and their network interfaces, linked by resource id. This is
 * how the check gets its expectations until the ARM client reads them live, and stays useful offline (payloads
 * saved with {@code az rest} or {@code az network private-endpoint show}).
 */
public final class ArmSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, PrivateEndpoint> endpointsById;

    private ArmSnapshot(Map<String, PrivateEndpoint> endpointsById) {
        this.endpointsById = endpointsById;
    }

    public static ArmSnapshot read(Path folder) throws IOException, ArmPayloadException {
        List<JsonNode> endpoints = new ArrayList<>();
        Map<String, List<JsonNode>> zoneGroupsByEndpoint = new LinkedHashMap<>();
        Map<String, JsonNode> nicsByKey = new LinkedHashMap<>();
        for (Path file : jsonFiles(folder)) {
            for (JsonNode item : PrivateEndpointJson.items(List.of(parse(file)))) {
                String id = PrivateEndpointJson.text(item, "id");
                if (id == null) {
                    throw new ArmPayloadException(file.getFileName() + ": an item has no 'id'; expected ARM GET"
                            + " responses of private endpoints, private DNS zone groups or network interfaces");
                }
                if (ArmIds.contains(id, "privateDnsZoneGroups")) {
                    String endpointKey = ArmIds.key(id, ArmIds.parentName(id, "privateDnsZoneGroups"));
                    zoneGroupsByEndpoint.computeIfAbsent(endpointKey, k -> new ArrayList<>()).add(item);
                } else if (ArmIds.contains(id, "networkInterfaces")) {
                    nicsByKey.put(ArmIds.key(id, ArmIds.lastSegment(id)), item);
                } else if (ArmIds.contains(id, "privateEndpoints")) {
                    endpoints.add(item);
                } else {
                    throw new ArmPayloadException(file.getFileName() + ": '" + id + "' is not a private endpoint,"
                            + " private DNS zone group or network interface");
                }
            }
        }
        Map<String, PrivateEndpoint> byId = new LinkedHashMap<>();
        for (JsonNode endpoint : endpoints) {
            String id = PrivateEndpointJson.text(endpoint, "id");
            List<JsonNode> nics = new ArrayList<>();
            for (String nicId : PrivateEndpointJson.networkInterfaceIds(endpoint)) {
                JsonNode nic = nicsByKey.get(ArmIds.key(nicId, ArmIds.lastSegment(nicId)));
                if (nic != null) {
                    nics.add(nic);
                }
            }
            List<JsonNode> groups = zoneGroupsByEndpoint.getOrDefault(ArmIds.key(id, ArmIds.lastSegment(id)),
                    List.of());
            byId.put(id.toLowerCase(Locale.ROOT), PrivateEndpointJson.parse(endpoint, groups, nics));
        }
        return new ArmSnapshot(byId);
    }

    public List<PrivateEndpoint> endpoints() {
        return List.copyOf(endpointsById.values());
    }

    /** The endpoints with these ids, in that order; every id must be there. */
    public List<PrivateEndpoint> select(List<String> ids) throws ArmPayloadException {
        List<PrivateEndpoint> selected = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            PrivateEndpoint endpoint = endpointsById.get(id.toLowerCase(Locale.ROOT));
            if (endpoint == null) {
                missing.add(id);
            } else {
                selected.add(endpoint);
            }
        }
        if (!missing.isEmpty()) {
            throw new ArmPayloadException("no saved payload for private endpoint(s) " + String.join(", ", missing));
        }
        return selected;
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static JsonNode parse(Path file) throws IOException, ArmPayloadException {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            // the location only: the payload's text stays out of messages
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new ArmPayloadException(file.getFileName() + ": not JSON" + where, e);
        }
    }
}
