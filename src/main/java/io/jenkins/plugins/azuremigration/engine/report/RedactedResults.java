package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.DiskResult;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.dns.ObservedRecord;
import io.jenkins.plugins.azuremigration.engine.dns.Resolution;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAssignmentSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of a wave's results with every free-text field passed through {@link Redactor}. The writers only ever see
 * this copy, so that no writer, present or future, can forget a field: one place walks the whole record.
 */
public final class RedactedResults {
    private RedactedResults() {
    }

    public static WaveResults of(WaveResults results) {
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        results.machineAttributes().forEach((machine, columns) -> {
            Map<String, String> clean = new LinkedHashMap<>();
            columns.forEach((column, value) -> clean.put(r(column), r(value)));
            attributes.put(r(machine), clean);
        });
        return new WaveResults(r(results.wave()), r(results.waveFile()), r(results.cloud()), results.started(),
                results.finished(), results.simulated(),
                results.stages().stream().map(s -> new StageOutcome(s.stage(), s.status(), r(s.reason()))).toList(),
                results.agents().stream().map(RedactedResults::agent).toList(),
                results.dns() == null ? null : dns(results.dns()),
                results.roles().stream().map(RedactedResults::role).toList(), Redactor.redact(results.notes()),
                results.copy() == null ? null : copy(results.copy()), attributes);
    }

    private static AgentResult agent(AgentResult a) {
        return new AgentResult(r(a.name()), r(a.resourceId()), r(a.agentStatus()), r(a.agentVersion()),
                r(a.lastStatusUpdate()), r(a.arcStatus()), r(a.principalId()), a.verdict(), r(a.reason()));
    }

    private static DnsCheckReport dns(DnsCheckReport d) {
        return new DnsCheckReport(r(d.waveName()), r(d.resolver()), d.started(), d.elapsed(),
                d.results().stream().map(RedactedResults::dnsResult).toList());
    }

    private static DnsCheckResult dnsResult(DnsCheckResult d) {
        Resolution s = d.resolution();
        Resolution resolution = new Resolution(s.outcome(), r(s.rcode()),
                s.chain().stream().map(c -> new ObservedRecord(r(c.name()), c.type(), r(c.value()), c.ttl())).toList(),
                Redactor.redact(s.ipv4()), Redactor.redact(s.ipv6()), r(s.server()), s.queries(), r(s.detail()));
        return new DnsCheckResult(r(d.fqdn()), d.verdict(), r(d.reason()), Redactor.redact(d.expectedIps()),
                d.sources(), Redactor.redact(d.privateEndpointIds()), d.connectionState(), resolution,
                d.elapsedMillis());
    }

    private static RoleAction role(RoleAction a) {
        RoleAssignmentSpec s = a.spec();
        RoleAssignmentSpec spec = s == null ? null
                : new RoleAssignmentSpec(r(s.scope()), r(s.principalId()), s.role(), r(s.reason()));
        return new RoleAction(spec, a.outcome(), r(a.detail()));
    }

    private static CopyReport copy(CopyReport c) {
        return new CopyReport(r(c.wave()), c.started(), c.finished(),
                c.machines().stream().map(RedactedResults::machine).toList(), r(c.stopReason()),
                Redactor.redact(c.warnings()));
    }

    private static MachineResult machine(MachineResult m) {
        return new MachineResult(r(m.name()), m.status(), m.batch(), m.started(), m.finished(),
                m.disks().stream().map(RedactedResults::disk).toList(), r(m.error()));
    }

    private static DiskResult disk(DiskResult d) {
        return new DiskResult(r(d.source()), r(d.target()), d.type(), d.status(), d.bytesTotal(), d.bytesSent(),
                d.bytesSkipped(), d.bytesResumed(), d.duration(), d.retries(), d.throttled(), r(d.verification()),
                r(d.route()), r(d.error()));
    }

    private static String r(String text) {
        return Redactor.redact(text);
    }
}
