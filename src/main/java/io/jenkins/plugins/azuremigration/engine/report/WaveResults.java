package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a wave's run produced, the one input of every report (JUnit XML, JSON, CSV, HTML). A stage that did not
 * run has its outcome in {@code stages} and null (or empty) data. {@code simulated} marks runs against the local
 * Azure Resource Manager simulator (the demo), which every report must say. {@code machineAttributes} holds, by machine
 * name, the machine-list columns the wave carries but does not act on (target resource group, tags, ...), so that the
 * reports can show them next to each machine's result; empty when unknown.
 */
public record WaveResults(String wave, String waveFile, String cloud, Instant started, Instant finished,
        boolean simulated, List<StageOutcome> stages, List<AgentResult> agents, DnsCheckReport dns,
        List<RoleAction> roles, List<String> notes, CopyReport copy,
        Map<String, Map<String, String>> machineAttributes) implements Serializable {
    private static final long serialVersionUID = 1L;

    public WaveResults {
        Objects.requireNonNull(wave, "wave");
        stages = List.copyOf(stages);
        agents = List.copyOf(agents);
        roles = List.copyOf(roles);
        notes = List.copyOf(notes);
        machineAttributes = copyInOrder(machineAttributes);
    }

    /** Results without machine-list attributes. */
    public WaveResults(String wave, String waveFile, String cloud, Instant started, Instant finished,
            boolean simulated, List<StageOutcome> stages, List<AgentResult> agents, DnsCheckReport dns,
            List<RoleAction> roles, List<String> notes, CopyReport copy) {
        this(wave, waveFile, cloud, started, finished, simulated, stages, agents, dns, roles, notes, copy, Map.of());
    }

    /** The machine's machine-list attributes, in the list's column order; empty when there are none. */
    public Map<String, String> attributesOf(String machine) {
        return machineAttributes.getOrDefault(machine, Map.of());
    }

    // Column order matters to a spreadsheet reader, so the copies keep it (Map.copyOf would not); both levels stay
    // Serializable for the agent channel.
    private static Map<String, Map<String, String>> copyInOrder(Map<String, Map<String, String>> attributes) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((machine, columns) -> copy.put(machine,
                    Collections.unmodifiableMap(new LinkedHashMap<>(columns))));
        }
        return Collections.unmodifiableMap(copy);
    }

    public StageOutcome outcome(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst()
                .orElse(new StageOutcome(stage, StageOutcome.Status.NOT_RUN, "not part of this run"));
    }

    /** True when no stage failed or stopped early. */
    public boolean passed() {
        return stages.stream().noneMatch(s -> s.status() == StageOutcome.Status.FAILED
                || s.status() == StageOutcome.Status.STOPPED);
    }
}
