package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.engine.dns.DnsServerAddress;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a step asks of the wave beyond the wave file: which stages, role options, DNS server, which machines, and
 * copy overrides ({@code batchSize} 0 and {@code capMbps} -1 keep the wave's; {@code stopAt} null keeps the wave's).
 * No secrets: this is saved with a running step and survives a controller restart (credentials by id only).
 */
public record StageRequest(String step, Set<Stage> stages, boolean dryRun, boolean revoke, String dnsServer,
        List<String> machines, int batchSize, int capMbps, LocalTime stopAt, String cloud, String tenantId,
        String out, boolean unstableOnFailure, Connection connection) implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String DEFAULT_OUT = "wave-reports";

    /**
     * Which credentials to look up (by id, against the build's item, so folder credentials work): the Azure identity
     * ({@code credentialsId}, blank: the agent's managed identity, {@code clientId} picking a user-assigned one or
     * naming a certificate credential's application), and the storage secret ({@code storageCredentialsId}).
     */
    public record Connection(String credentialsId, String clientId, String storageCredentialsId) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Connection {
            credentialsId = blankToNull(credentialsId);
            clientId = blankToNull(clientId);
            storageCredentialsId = blankToNull(storageCredentialsId);
        }
    }

    public StageRequest {
        java.util.Objects.requireNonNull(connection, "connection");
        dnsServer = blankToNull(dnsServer);
        if (dnsServer != null) {
            try {
                DnsServerAddress.parse(dnsServer);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("dnsServer: " + e.getMessage(), e);
            }
        }
        cloud = blankToNull(cloud);
        tenantId = blankToNull(tenantId);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("stages: choose at least one of agents, dns, roles, copy");
        }
        stages = EnumSet.copyOf(stages);
        machines = machines == null ? List.of() : List.copyOf(machines);
        if (batchSize < 0 || batchSize > 10) {
            throw new IllegalArgumentException("batchSize: must be 1 to 10 (Azure Migrate replicates at most ten "
                    + "machines together), was " + batchSize);
        }
        if (capMbps < -1) {
            throw new IllegalArgumentException("capMbps: must be 0 (no cap) or more, was " + capMbps);
        }
        out = out == null || out.isBlank() ? DEFAULT_OUT : out.trim();
        if (out.startsWith("/") || out.contains("..")) {
            throw new IllegalArgumentException("out: must be a folder inside the workspace, was " + out);
        }
    }

    /** Stage names as the steps take them ({@code ['dns', 'copy']}); unknown names are an error naming them. */
    public static Set<Stage> parseStages(List<String> names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.allOf(Stage.class);
        }
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Stage match = null;
            for (Stage stage : Stage.values()) {
                if (stage.id().equals(name.trim().toLowerCase(Locale.ROOT))) {
                    match = stage;
                }
            }
            if (match == null) {
                unknown.add(name);
            } else {
                stages.add(match);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("stages: unknown " + unknown + "; the stages are agents, dns, roles, copy");
        }
        return stages;
    }

    /** {@code HH:mm} (24-hour, the agent's local time), or null when blank. */
    public static LocalTime parseStopAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("stopAt: '" + value + "' is not a time of day like 05:30", e);
        }
    }

    /** Null for a missing or blank text; the text trimmed otherwise. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String journal() {
        return out + "/copy-journal.log";
    }

    /** The file whose appearance asks a running copy on the agent to checkpoint and stop. */
    public String stopFile() {
        return out + "/.stop-requested";
    }
}
