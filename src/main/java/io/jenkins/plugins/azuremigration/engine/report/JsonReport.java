package io.jenkins.plugins.azuremigration.engine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.DiskResult;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import io.jenkins.plugins.azuremigration.engine.dns.DnsReportJson;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The whole wave as {@code wave-report.json}, described by {@code docs/report-schema.json}. Fields are written one
 * by one, not by reflection, so that the file's shape is a contract that changes only with {@link #SCHEMA_VERSION}
 * (and the schema), whatever the records gain. Times are ISO-8601 in UTC, durations are seconds, bytes are integers.
 * The DNS section is exactly {@code dns-results.json}, so scripts read both the same way.
 */
final class JsonReport {
    static final String FILE_NAME = "wave-report.json";
    /** Bump the minor version for added fields, the major version for anything a reader could trip over. */
    static final String SCHEMA_VERSION = "1.0";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static byte[] render(WaveResults results) {
        try {
            return JSON.writeValueAsBytes(toJson(results));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the JSON report", e);
        }
    }

    static ObjectNode toJson(WaveResults results) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("wave", results.wave());
        root.put("waveFile", results.waveFile());
        root.put("cloud", results.cloud());
        root.put("simulated", results.simulated());
        root.put("started", ReportFormats.iso(results.started()));
        root.put("finished", ReportFormats.iso(results.finished()));
        seconds(root, "durationSeconds", results.started(), results.finished());
        root.put("passed", results.passed());
        ArrayNode stages = root.putArray("stages");
        for (Stage stage : Stage.values()) {
            StageOutcome outcome = results.outcome(stage);
            stages.addObject().put("stage", stage.id()).put("status", outcome.status().name())
                    .put("reason", outcome.reason());
        }
        strings(root.putArray("notes"), results.notes());
        ArrayNode agents = root.putArray("agents");
        results.agents().forEach(agent -> agents.add(agent(agent)));
        if (results.dns() == null) {
            root.putNull("dns");
        } else {
            root.set("dns", DnsReportJson.toJson(results.dns()));
        }
        ArrayNode roles = root.putArray("roles");
        results.roles().forEach(action -> roles.add(role(action)));
        if (results.copy() == null) {
            root.putNull("copy");
        } else {
            root.set("copy", copy(results.copy(), results));
        }
        return root;
    }

    private static ObjectNode agent(AgentResult agent) {
        return JSON.createObjectNode().put("name", agent.name()).put("resourceId", agent.resourceId())
                .put("verdict", agent.verdict() == null ? null : agent.verdict().name())
                .put("reason", agent.reason()).put("agentStatus", agent.agentStatus())
                .put("agentVersion", agent.agentVersion()).put("lastStatusUpdate", agent.lastStatusUpdate())
                .put("arcStatus", agent.arcStatus()).put("principalId", agent.principalId());
    }

    private static ObjectNode role(RoleAction action) {
        ObjectNode node = JSON.createObjectNode();
        node.put("outcome", action.outcome() == null ? null : action.outcome().name());
        node.put("detail", action.detail());
        if (action.spec() != null) {
            node.put("role", action.spec().role().displayName());
            node.put("roleDefinitionGuid", action.spec().role().guid());
            node.put("principalId", action.spec().principalId());
            node.put("scope", action.spec().scope());
            node.put("why", action.spec().reason());
            node.put("assignmentName", action.spec().name());
        }
        return node;
    }

    private static ObjectNode copy(CopyReport copy, WaveResults results) {
        CopySummary summary = CopySummary.of(copy);
        ObjectNode node = JSON.createObjectNode();
        node.put("started", ReportFormats.iso(copy.started()));
        node.put("finished", ReportFormats.iso(copy.finished()));
        seconds(node, "durationSeconds", copy.started(), copy.finished());
        node.put("stopReason", copy.stopReason());
        strings(node.putArray("warnings"), copy.warnings());
        ObjectNode totals = node.putObject("summary");
        totals.put("machines", summary.machines()).put("succeeded", summary.succeeded())
                .put("failed", summary.failed()).put("skipped", summary.skipped()).put("stopped", summary.stopped())
                .put("notAttempted", summary.notAttempted()).put("disks", summary.disks())
                .put("bytesTotal", summary.bytesTotal()).put("bytesSent", summary.bytesSent())
                .put("bytesSkipped", summary.bytesSkipped()).put("bytesResumed", summary.bytesResumed())
                .put("retries", summary.retries()).put("throttled", summary.throttled())
                .put("batches", summary.batches()).put("maxConcurrentMachines", summary.maxConcurrentMachines());
        totals.put("mibPerSecond", round(summary.mibPerSecond()));
        ArrayNode machines = node.putArray("machines");
        for (MachineResult machine : copy.machines()) {
            machines.add(machine(machine, results.attributesOf(machine.name())));
        }
        return node;
    }

    private static ObjectNode machine(MachineResult machine, Map<String, String> attributes) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", machine.name());
        node.put("status", machine.status().name());
        node.put("batch", machine.batch());
        node.put("started", ReportFormats.iso(machine.started()));
        node.put("finished", ReportFormats.iso(machine.finished()));
        seconds(node, "durationSeconds", machine.started(), machine.finished());
        node.put("bytesSent", machine.bytesSent());
        node.put("bytesSkipped", machine.bytesSkipped());
        node.put("mibPerSecond", round(CopySummary.mibPerSecond(machine)));
        node.put("error", machine.error());
        ObjectNode columns = node.putObject("attributes");
        attributes.forEach(columns::put);
        ArrayNode disks = node.putArray("disks");
        for (DiskResult disk : machine.disks()) {
            ObjectNode d = disks.addObject();
            d.put("disk", CopySummary.diskNumber(machine, disk));
            d.put("source", disk.source());
            d.put("target", disk.target());
            d.put("type", disk.type() == null ? null : disk.type().waveName());
            d.put("status", disk.status() == null ? null : disk.status().name());
            d.put("bytesTotal", disk.bytesTotal());
            d.put("bytesSent", disk.bytesSent());
            d.put("bytesSkipped", disk.bytesSkipped());
            d.put("bytesResumed", disk.bytesResumed());
            seconds(d, "durationSeconds", disk.duration());
            d.put("retries", disk.retries());
            d.put("throttled", disk.throttled());
            d.put("verification", disk.verification());
            d.put("route", disk.route());
            d.put("error", disk.error());
        }
        return node;
    }

    /** Seconds with millisecond precision; null when the time is not known (never started, never finished). */
    private static void seconds(ObjectNode node, String field, Duration duration) {
        if (duration == null) {
            node.putNull(field);
        } else {
            node.put(field, duration.toMillis() / 1000.0);
        }
    }

    private static void seconds(ObjectNode node, String field, Instant start, Instant end) {
        seconds(node, field, start == null || end == null ? null : ReportFormats.between(start, end));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
