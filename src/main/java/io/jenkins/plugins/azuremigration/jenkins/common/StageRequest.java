package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.engine.dns.DnsServerAddress;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.wave.CopySettings;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a step asks of the wave beyond the wave file: which stages, role options, DNS server, which machines, and
 * copy overrides ({@code batchSize} 0 and {@code capMbps} -1 keep the wave's; {@code stopAt} null keeps the wave's).
 * No secrets: this is saved with a running step and survives a controller restart (credentials by id only).
 * <p>A plain class, not a record: program.dat is written by the JBoss Marshalling River that workflow-support bundles,
 * and River reads records only from 2.1.1 on (records with object fields from 2.1.6/2.2.0), so a record here would
 * tie the plugin to a recent workflow-support (docs/jenkins-api.md, "program.dat"). Its serialized form is the one
 * the record had (same name, serialVersionUID and fields), so a step saved by 0.1 still resumes.
 */
public final class StageRequest implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String DEFAULT_OUT = "wave-reports";

    private final String step;
    private final Set<Stage> stages;
    private final boolean dryRun;
    private final boolean revoke;
    private final String dnsServer;
    private final List<String> machines;
    private final int batchSize;
    private final int capMbps;
    private final LocalTime stopAt;
    private final String cloud;
    private final String tenantId;
    private final String out;
    private final boolean unstableOnFailure;
    private final Connection connection;

    /**
     * Which credentials to look up (by id, against the build's item, so folder credentials work): the Azure identity
     * ({@code credentialsId}, blank: the agent's managed identity, {@code clientId} picking a user-assigned one or
     * naming a certificate credential's application), and the storage secret ({@code storageCredentialsId}).
     */
    public static final class Connection implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String credentialsId;
        private final String clientId;
        private final String storageCredentialsId;

        public Connection(String credentialsId, String clientId, String storageCredentialsId) {
            this.credentialsId = blankToNull(credentialsId);
            this.clientId = blankToNull(clientId);
            this.storageCredentialsId = blankToNull(storageCredentialsId);
        }

        private Object readResolve() {
            return new Connection(credentialsId, clientId, storageCredentialsId);
        }

        public String credentialsId() {
            return credentialsId;
        }

        public String clientId() {
            return clientId;
        }

        public String storageCredentialsId() {
            return storageCredentialsId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Connection that && Objects.equals(credentialsId, that.credentialsId)
                    && Objects.equals(clientId, that.clientId)
                    && Objects.equals(storageCredentialsId, that.storageCredentialsId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(credentialsId, clientId, storageCredentialsId);
        }

        @Override
        public String toString() {
            return "Connection[credentialsId=" + credentialsId + ", clientId=" + clientId + ", storageCredentialsId="
                    + storageCredentialsId + "]";
        }
    }

    // positional until the engine's front door gives the options a builder (issue 15)
    public StageRequest(String step, Set<Stage> stages, boolean dryRun, boolean revoke, String dnsServer,
            List<String> machines, int batchSize, int capMbps, LocalTime stopAt, String cloud, String tenantId,
            String out, boolean unstableOnFailure, Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dnsServer = blankToNull(dnsServer);
        if (this.dnsServer != null) {
            try {
                DnsServerAddress.parse(this.dnsServer);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("dnsServer: " + e.getMessage(), e);
            }
        }
        this.cloud = blankToNull(cloud);
        this.tenantId = blankToNull(tenantId);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("stages: choose at least one of agents, dns, roles, copy");
        }
        this.stages = EnumSet.copyOf(stages);
        this.machines = machines == null ? List.of() : List.copyOf(machines);
        if (batchSize < 0 || batchSize > CopySettings.MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize: must be 1 to " + CopySettings.MAX_BATCH_SIZE + " (Azure "
                    + "Migrate replicates at most " + CopySettings.MAX_BATCH_SIZE + " machines together), was " + batchSize);
        }
        this.batchSize = batchSize;
        if (capMbps < -1) {
            throw new IllegalArgumentException("capMbps: must be 0 (no cap) or more, was " + capMbps);
        }
        this.capMbps = capMbps;
        this.out = out == null || out.isBlank() ? DEFAULT_OUT : out.trim();
        if (!isInsideWorkspace(this.out)) {
            throw new IllegalArgumentException("out: must be a folder inside the workspace, was " + this.out);
        }
        this.step = step;
        this.dryRun = dryRun;
        this.revoke = revoke;
        this.stopAt = stopAt;
        this.unstableOnFailure = unstableOnFailure;
    }

    /**
     * A relative path that stays in the workspace on any agent: not absolute on Unix ({@code /}), nor on Windows, where
     * Jenkins' {@code FilePath} keeps a drive ({@code C:/}, {@code C:\}) or UNC ({@code \\server\share}) path
     * absolute (jenkins-2.516 {@code FilePath.resolvePathIfRelative}), and never climbing out with {@code ..}.
     */
    static boolean isInsideWorkspace(String path) {
        return !(path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")
                || Arrays.asList(path.split("[/\\\\]")).contains(".."));
    }

    /**
     * What arrives from program.dat or over the channel is checked like what a step builds: the deserialized fields
     * go through the constructor again (a record's canonical constructor did that by itself).
     */
    private Object readResolve() throws InvalidObjectException {
        try {
            return new StageRequest(step, stages, dryRun, revoke, dnsServer, machines, batchSize, capMbps, stopAt, cloud,
                    tenantId, out, unstableOnFailure, connection);
        } catch (IllegalArgumentException | NullPointerException e) {
            InvalidObjectException invalid = new InvalidObjectException("a saved step request: " + e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }

    public String step() {
        return step;
    }

    public Set<Stage> stages() {
        return stages;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public boolean revoke() {
        return revoke;
    }

    public String dnsServer() {
        return dnsServer;
    }

    public List<String> machines() {
        return machines;
    }

    public int batchSize() {
        return batchSize;
    }

    public int capMbps() {
        return capMbps;
    }

    public LocalTime stopAt() {
        return stopAt;
    }

    public String cloud() {
        return cloud;
    }

    public String tenantId() {
        return tenantId;
    }

    public String out() {
        return out;
    }

    public boolean unstableOnFailure() {
        return unstableOnFailure;
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StageRequest that && Objects.equals(step, that.step) && stages.equals(that.stages)
                && dryRun == that.dryRun && revoke == that.revoke && Objects.equals(dnsServer, that.dnsServer)
                && machines.equals(that.machines) && batchSize == that.batchSize && capMbps == that.capMbps
                && Objects.equals(stopAt, that.stopAt) && Objects.equals(cloud, that.cloud)
                && Objects.equals(tenantId, that.tenantId) && out.equals(that.out)
                && unstableOnFailure == that.unstableOnFailure && connection.equals(that.connection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, stages, dryRun, revoke, dnsServer, machines, batchSize, capMbps, stopAt, cloud,
                tenantId, out, unstableOnFailure, connection);
    }

    @Override
    public String toString() {
        return "StageRequest[step=" + step + ", stages=" + stages + ", out=" + out + ", " + connection + "]";
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
