package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the steps return to the Pipeline script: plain lists and maps of strings, numbers and booleans, which CPS can
 * save and a script can read without any approval.
 */
public final class ReturnValues {
    private ReturnValues() {
    }

    /** One map per agent: name, status, principalId, verdict, reason. */
    public static List<Map<String, Object>> agents(WaveResults results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AgentResult agent : results.agents()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", agent.name());
            row.put("status", agent.agentStatus());
            row.put("principalId", agent.principalId());
            row.put("verdict", agent.verdict().name());
            row.put("reason", agent.reason());
            rows.add(row);
        }
        return rows;
    }

    /** One map per FQDN checked: fqdn, verdict, severity, expected (IPs), observed (addresses), reason. */
    public static List<Map<String, Object>> dns(WaveResults results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (results.dns() == null) {
            return rows;
        }
        for (DnsCheckResult result : results.dns().results()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("fqdn", result.fqdn());
            row.put("verdict", result.verdict().name());
            row.put("severity", result.severity().name());
            row.put("expected", new ArrayList<>(result.expectedIps()));
            row.put("observed", new ArrayList<>(result.observedAddresses()));
            row.put("reason", result.reason());
            rows.add(row);
        }
        return rows;
    }

    /** One map per role assignment: scope, role, principalId, outcome, detail. */
    public static List<Map<String, Object>> roles(WaveResults results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RoleAction action : results.roles()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scope", action.spec().scope());
            row.put("role", action.spec().role().displayName());
            row.put("principalId", action.spec().principalId());
            row.put("outcome", action.outcome().name());
            row.put("detail", action.detail());
            rows.add(row);
        }
        return rows;
    }

    /** One map per machine: name, status, batch, bytes (sent), bytesSkipped, reason. */
    public static List<Map<String, Object>> machines(WaveResults results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (results.copy() == null) {
            return rows;
        }
        for (MachineResult machine : results.copy().machines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", machine.name());
            row.put("status", machine.status().name());
            row.put("batch", machine.batch());
            row.put("bytes", machine.bytesSent());
            row.put("bytesSkipped", machine.bytesSkipped());
            row.put("reason", machine.error());
            rows.add(row);
        }
        return rows;
    }

    /** The whole wave: name, passed, stages (id to status), agents, dns, roles, machines. */
    public static Map<String, Object> wave(WaveResults results) {
        Map<String, Object> wave = new LinkedHashMap<>();
        wave.put("name", results.wave());
        wave.put("passed", results.passed());
        Map<String, Object> stages = new LinkedHashMap<>();
        for (StageOutcome outcome : results.stages()) {
            stages.put(outcome.stage().id(), outcome.status().name());
        }
        wave.put("stages", stages);
        wave.put("agents", agents(results));
        wave.put("dns", dns(results));
        wave.put("roles", roles(results));
        wave.put("machines", machines(results));
        return wave;
    }
}
