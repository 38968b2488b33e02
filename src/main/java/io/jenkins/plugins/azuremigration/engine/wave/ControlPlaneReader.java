package io.jenkins.plugins.azuremigration.engine.wave;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code azure}, {@code agents} and {@code roles} sections of a wave file. */
final class ControlPlaneReader {
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    private final String file;
    private final Problems problems;
    private final ValueResolver resolver;

    ControlPlaneReader(String file, Problems problems, ValueResolver resolver) {
        this.file = file;
        this.problems = problems;
        this.resolver = resolver;
    }

    AzureSettings azure(YamlMapping azure) {
        if (azure == null) {
            return AzureSettings.defaults();
        }
        azure.allowOnly("tenantId", "resourceManagerEndpoint");
        String tenant = resolved(azure, "tenantId");
        if (tenant != null && !GUID.matcher(tenant).matches() && !tenant.matches("[\\w.-]+\\.[a-z]{2,}")) {
            problems.add(azure.positionOf("tenantId"), azure.field("tenantId"), "must be a tenant id (GUID) or domain");
            tenant = null;
        }
        URI endpoint = null;
        String endpointText = resolved(azure, "resourceManagerEndpoint");
        if (endpointText != null) {
            try {
                endpoint = new URI(endpointText.trim());
            } catch (URISyntaxException e) {
                endpoint = null;
            }
            if (endpoint == null || !"https".equalsIgnoreCase(endpoint.getScheme()) || endpoint.getHost() == null) {
                problems.add(azure.positionOf("resourceManagerEndpoint"), azure.field("resourceManagerEndpoint"),
                        "must be an https:// URL (tokens never travel over plain http)");
                endpoint = null;
            }
        }
        return new AzureSettings(tenant, endpoint);
    }

    AgentSettings agents(YamlMapping agents) {
        if (agents == null) {
            return AgentSettings.none();
        }
        agents.allowOnly("adopt", "waitMinutes", "list");
        boolean adopt = bool(agents, "adopt");
        int wait = agents.integer("waitMinutes", 0, AgentSettings.MAX_WAIT_MINUTES, 0);
        List<AgentSpec> specs = new ArrayList<>();
        Map<String, SourcePosition> seen = new HashMap<>();
        List<Node> items = agents.sequence("list");
        for (int i = 0; i < items.size(); i++) {
            YamlMapping entry = YamlMapping.of(items.get(i), file, agents.field("list") + "[" + i + "]", problems);
            if (entry == null) {
                continue;
            }
            entry.allowOnly("name", "storageMover", "arcMachine", "targetContainer");
            String name = entry.requiredString("name");
            String mover = armId(entry, "storageMover", ArmIdPatterns.STORAGE_MOVER, true);
            String arc = armId(entry, "arcMachine", ArmIdPatterns.ARC_MACHINE, true);
            String container = armId(entry, "targetContainer", ArmIdPatterns.CONTAINER, false);
            if (name != null && mover != null) {
                SourcePosition first = seen.putIfAbsent((mover + "/" + name).toLowerCase(Locale.ROOT), entry.position());
                if (first != null) {
                    problems.add(entry.position(), entry.field("name"), "agent " + name + " is listed twice (first at "
                            + first + ")");
                }
            }
            if (name != null && mover != null && arc != null) {
                specs.add(new AgentSpec(name.trim(), mover, arc, container, entry.position()));
            }
        }
        return new AgentSettings(adopt, wait, specs);
    }

    RoleSettings roles(YamlMapping roles) {
        if (roles == null) {
            return RoleSettings.none();
        }
        roles.allowOnly("vault", "storageAccounts");
        String vault = armId(roles, "vault", ArmIdPatterns.VAULT, false);
        List<String> accounts = new ArrayList<>();
        List<Node> items = roles.sequence("storageAccounts");
        for (int i = 0; i < items.size(); i++) {
            String field = roles.field("storageAccounts") + "[" + i + "]";
            SourcePosition at = YamlMapping.position(file, items.get(i));
            String text = items.get(i) instanceof ScalarNode scalar ? scalar.getValue() : null;
            String id = text == null ? null : resolver.plain(text, at, field);
            if (id == null || !ArmIdPatterns.STORAGE_ACCOUNT.matches(id.trim())) {
                if (id != null || text == null) {
                    problems.add(at, field, "must be a resource id " + ArmIdPatterns.STORAGE_ACCOUNT.example());
                }
                continue;
            }
            accounts.add(id.trim());
        }
        if (vault != null && accounts.isEmpty()) {
            problems.add(roles.positionOf("vault"), roles.field("storageAccounts"), "the vault needs the cache or"
                    + " replication storage accounts it writes to");
        }
        return new RoleSettings(vault, accounts);
    }

    private String armId(YamlMapping entry, String key, ArmIdPatterns.Shape shape, boolean required) {
        String text = required ? entry.requiredString(key) : resolved(entry, key);
        if (text == null) {
            return null;
        }
        String value = required ? resolver.plain(text, entry.positionOf(key), entry.field(key)) : text;
        if (value != null && !shape.matches(value.trim())) {
            problems.add(entry.positionOf(key), entry.field(key), "must be a resource id " + shape.example());
            return null;
        }
        return value == null ? null : value.trim();
    }

    private String resolved(YamlMapping mapping, String key) {
        String raw = mapping.string(key);
        return raw == null ? null : resolver.plain(raw, mapping.positionOf(key), mapping.field(key));
    }

    private boolean bool(YamlMapping mapping, String key) {
        String text = mapping.string(key);
        if (text == null) {
            return false;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        problems.add(mapping.positionOf(key), mapping.field(key), "must be true or false, was '" + text + "'");
        return false;
    }
}
