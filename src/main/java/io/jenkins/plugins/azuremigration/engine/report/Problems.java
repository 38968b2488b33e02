package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.agents.AgentVerdict;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.DiskResult;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.dns.Severity;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error and warning of a wave with its reason, stage by stage, for the report's "Problems" section: the list a
 * change board reads first. Machines that were held back or never reached share one reason, so they are grouped
 * (one line for 900 machines not attempted, not 900 lines).
 */
final class Problems {
    enum Level {
        ERROR, WARNING, NOTE
    }

    /** One problem: where it happened (a stage, a machine, a disk, a name) and what happened. */
    record Problem(Stage stage, Level level, String where, String what) {
    }

    private Problems() {
    }

    static List<Problem> of(WaveResults results) {
        List<Problem> problems = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            StageOutcome outcome = results.outcome(stage);
            if (outcome.status() != StageOutcome.Status.PASSED) {
                Level level = outcome.status() == StageOutcome.Status.FAILED ? Level.ERROR
                        : outcome.status() == StageOutcome.Status.STOPPED ? Level.WARNING : Level.NOTE;
                problems.add(new Problem(stage, level, "stage " + stage.id() + ": " + outcome.status(),
                        outcome.reason() == null ? "no reason given" : outcome.reason()));
            }
        }
        for (AgentResult agent : results.agents()) {
            if (agent.verdict() == AgentVerdict.FAILED) {
                problems.add(new Problem(Stage.AGENTS, Level.ERROR, "agent " + agent.name(), agent.reason()));
            }
        }
        if (results.dns() != null) {
            for (DnsCheckResult name : results.dns().results()) {
                if (name.severity() != Severity.PASS) {
                    problems.add(new Problem(Stage.DNS, name.severity() == Severity.FAIL ? Level.ERROR
                            : Level.WARNING, name.fqdn() + ": " + name.verdict(), name.reason()));
                }
            }
        }
        for (RoleAction action : results.roles()) {
            if (action.failed()) {
                problems.add(new Problem(Stage.ROLES, Level.ERROR, action.spec() == null ? "role assignment"
                        : action.spec().toString(), action.detail()));
            }
        }
        if (results.copy() != null) {
            copy(results.copy(), problems);
        }
        return problems;
    }

    private static void copy(CopyReport copy, List<Problem> problems) {
        if (copy.stopReason() != null) {
            problems.add(new Problem(Stage.COPY, Level.WARNING, "copy stopped", copy.stopReason()));
        }
        copy.warnings().forEach(w -> problems.add(new Problem(Stage.COPY, Level.WARNING, "copy", w)));
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (MachineResult machine : copy.machines()) {
            if (machine.status() == CopyStatus.FAILED) {
                String error = machine.error() != null ? machine.error() : "failed";
                problems.add(new Problem(Stage.COPY, Level.ERROR, "machine " + machine.name(), error));
                for (DiskResult disk : machine.disks()) {
                    // the machine's error usually quotes its failing disk's; say each thing once
                    if (disk.error() != null && !error.contains(disk.error())) {
                        problems.add(new Problem(Stage.COPY, Level.ERROR, "machine " + machine.name() + ", disk "
                                + CopySummary.diskNumber(machine, disk) + " (" + disk.source() + ")", disk.error()));
                    }
                }
            } else if (machine.status() != CopyStatus.SUCCEEDED) {
                String reason = machine.error() == null ? "no reason given" : machine.error();
                grouped.computeIfAbsent(machine.status() + "\u0000" + reason, k -> new ArrayList<>())
                        .add(machine.name());
            }
        }
        grouped.forEach((key, machines) -> {
            String[] parts = key.split("\u0000", 2);
            Level level = CopyStatus.valueOf(parts[0]) == CopyStatus.SKIPPED ? Level.NOTE : Level.WARNING;
            problems.add(new Problem(Stage.COPY, level, machines.size() + " machine(s) " + parts[0] + ": "
                    + names(machines), parts[1]));
        });
    }

    /** Up to ten names, then how many more. */
    private static String names(List<String> machines) {
        List<String> shown = machines.subList(0, Math.min(10, machines.size()));
        return String.join(", ", shown) + (machines.size() > shown.size() ? " and " + (machines.size()
                - shown.size()) + " more" : "");
    }
}
