package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.agents.AgentVerdict;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.DiskResult;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.report.JUnitReport.Case;
import io.jenkins.plugins.azuremigration.engine.report.JUnitReport.Suite;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import io.jenkins.plugins.azuremigration.engine.roles.RoleOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each stage contributes to the JUnit report: its {@value JUnitReport#STAGE_CASE} case, then one case per agent,
 * DNS name, role assignment or machine, each passed, failed (with a type a CI server can group by) or skipped with
 * its reason.
 */
final class JUnitSuites {
    private static final String STAGE = JUnitReport.STAGE_CASE;

    private JUnitSuites() {
    }

    /** The stage's own case: passed, failed with the reason, or skipped with it. */
    private static Case stageCase(StageOutcome outcome, Duration time, String failedSummary) {
        String reason = outcome.reason() == null ? "" : ": " + outcome.reason();
        return switch (outcome.status()) {
            case PASSED -> Case.passed(STAGE, time, "PASSED" + reason);
            case FAILED -> Case.failed(STAGE, time, "StageFailed",
                    outcome.reason() != null ? outcome.reason() : failedSummary, "FAILED" + reason, null);
            case STOPPED, SKIPPED, NOT_RUN -> Case.skipped(STAGE, Duration.ZERO, outcome.status() + reason);
        };
    }

    private static String stageOut(StageOutcome outcome) {
        return outcome.stage().id() + ": " + outcome.status() + (outcome.reason() == null ? "" : " (" + outcome.reason()
                + ")");
    }

    static Suite agents(WaveResults results) {
        StageOutcome outcome = results.outcome(Stage.AGENTS);
        List<Case> cases = new ArrayList<>();
        long failed = results.agents().stream().filter(a -> a.verdict() == AgentVerdict.FAILED).count();
        cases.add(stageCase(outcome, Duration.ZERO, failed + " of " + results.agents().size() + " agents failed"));
        for (AgentResult agent : results.agents()) {
            String out = "verdict " + agent.verdict() + "; agent " + agent.agentStatus() + " " + agent.agentVersion()
                    + ", Arc " + agent.arcStatus() + ", last status update " + agent.lastStatusUpdate()
                    + "; resource " + agent.resourceId() + (agent.reason() == null ? "" : "\n" + agent.reason());
            cases.add(agent.verdict() == AgentVerdict.FAILED
                    ? Case.failed(agent.name(), Duration.ZERO, "AgentFailed", agent.reason(), out, null)
                    : Case.passed(agent.name(), Duration.ZERO, out));
        }
        return new Suite(outcome, results.started(), Duration.ZERO, cases, stageOut(outcome));
    }

    static Suite dns(WaveResults results) {
        StageOutcome outcome = results.outcome(Stage.DNS);
        DnsCheckReport dns = results.dns();
        Duration elapsed = dns == null ? Duration.ZERO : dns.elapsed();
        List<Case> cases = new ArrayList<>();
        cases.add(stageCase(outcome, elapsed, dns == null ? "no results" : dns.summary()));
        if (dns != null) {
            for (DnsCheckResult r : dns.results()) {
                Duration time = Duration.ofMillis(r.elapsedMillis());
                String detail = "verdict " + r.verdict() + ": " + r.reason() + "\nexpected " + String.join(", ",
                        r.expectedIps()) + " (from " + r.sources().stream().map(s -> s.label())
                                .collect(Collectors.joining(", ")) + ")\nobserved " + r.chainText()
                        + "\nanswered by " + r.resolution().server();
                cases.add(switch (r.severity()) {
                    case FAIL -> Case.failed(r.fqdn(), time, "Dns" + r.verdict().name(), r.reason(), detail, null);
                    case WARNING -> Case.passed(r.fqdn(), time, "WARNING " + detail);
                    case PASS -> Case.passed(r.fqdn(), time, detail);
                });
            }
        }
        String out = stageOut(outcome) + (dns == null ? "" : "\n" + dns.summary());
        return new Suite(outcome, dns == null ? null : dns.started(), elapsed, cases, out);
    }

    static Suite roles(WaveResults results) {
        StageOutcome outcome = results.outcome(Stage.ROLES);
        List<Case> cases = new ArrayList<>();
        long failed = results.roles().stream().filter(RoleAction::failed).count();
        cases.add(stageCase(outcome, Duration.ZERO, failed + " of " + results.roles().size()
                + " assignments failed"));
        for (RoleAction action : results.roles()) {
            String name = action.spec() == null ? "(unknown assignment)" : action.spec().toString();
            String out = action.outcome() + (action.detail() == null ? "" : ": " + action.detail())
                    + (action.spec() == null ? "" : "\nwhy: " + action.spec().reason());
            cases.add(action.outcome() == RoleOutcome.FAILED
                    ? Case.failed(name, Duration.ZERO, "RoleFailed", action.detail(), out, null)
                    : Case.passed(name, Duration.ZERO, out));
        }
        String out = stageOut(outcome) + (results.notes().isEmpty() ? "" : "\n" + String.join("\n",
                results.notes()));
        return new Suite(outcome, results.started(), Duration.ZERO, cases, out);
    }

    static Suite copy(WaveResults results) {
        StageOutcome outcome = results.outcome(Stage.COPY);
        CopyReport copy = results.copy();
        Duration time = copy == null ? Duration.ZERO : ReportFormats.between(copy.started(), copy.finished());
        List<Case> cases = new ArrayList<>();
        cases.add(stageCase(outcome, time, copy == null ? "no results"
                : copy.count(CopyStatus.FAILED) + " of " + copy.machines().size() + " machines failed"));
        StringBuilder out = new StringBuilder(stageOut(outcome));
        if (copy != null) {
            for (MachineResult machine : copy.machines()) {
                cases.add(machineCase(machine, results.attributesOf(machine.name())));
            }
            if (copy.stopReason() != null) {
                out.append("\nstopped: ").append(copy.stopReason());
            }
            copy.warnings().forEach(w -> out.append("\nwarning: ").append(w));
        }
        return new Suite(outcome, copy == null ? null : copy.started(), time, cases, out.toString());
    }

    private static Case machineCase(MachineResult machine, Map<String, String> attributes) {
        StringBuilder out = new StringBuilder("batch ").append(machine.batch()).append(", ")
                .append(machine.status());
        attributes.forEach((column, value) -> out.append("\n").append(column).append(": ").append(value));
        for (DiskResult disk : machine.disks()) {
            out.append("\ndisk ").append(CopySummary.diskNumber(machine, disk)).append(' ').append(disk.source())
                    .append(" -> ").append(disk.target()).append(": ").append(disk.status()).append(", sent ")
                    .append(disk.bytesSent()).append(" B, skipped ").append(disk.bytesSkipped())
                    .append(" B, resumed ").append(disk.bytesResumed()).append(" B, retries ")
                    .append(disk.retries()).append(", throttled ").append(disk.throttled());
            if (disk.verification() != null) {
                out.append(", ").append(disk.verification());
            }
            if (disk.route() != null) {
                out.append("; route: ").append(disk.route());
            }
            if (disk.error() != null) {
                out.append("; error: ").append(disk.error());
            }
        }
        return switch (machine.status()) {
            case SUCCEEDED -> Case.passed(machine.name(), machine.duration(), out.toString());
            case FAILED -> {
                DiskResult disk = CopySummary.failingDisk(machine);
                String where = disk == null ? "" : "failing disk " + CopySummary.diskNumber(machine, disk) + ": "
                        + disk.source() + " -> " + disk.target() + (disk.error() == null ? "" : ": " + disk.error());
                String message = machine.error() != null ? machine.error()
                        : disk != null && disk.error() != null ? disk.error() : "failed";
                yield Case.failed(machine.name(), machine.duration(), "CopyFailed", message,
                        message + (where.isEmpty() ? "" : "\n" + where), out.toString());
            }
            // a stopped machine ran until the window closed: its time is real, and its disks say how far it got
            case SKIPPED, STOPPED, NOT_ATTEMPTED -> new Case(machine.name(), machine.duration(), "skipped", null,
                    machine.status() + (machine.error() == null ? "" : ": " + machine.error()), null,
                    machine.disks().isEmpty() ? null : out.toString());
        };
    }
}
