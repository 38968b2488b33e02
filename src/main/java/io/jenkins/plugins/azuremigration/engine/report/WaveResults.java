package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a wave's run produced, the one input of every report (JUnit XML, JSON, CSV, HTML). A stage that did not
 * run has its outcome in {@code stages} and null (or empty) data. {@code simulated} marks runs against the local
 * Azure Resource Manager simulator (the demo), which every report must say.
 */
public record WaveResults(String wave, String waveFile, String cloud, Instant started, Instant finished,
        boolean simulated, List<StageOutcome> stages, List<AgentResult> agents, DnsCheckReport dns,
        List<RoleAction> roles, List<String> notes, CopyReport copy) implements Serializable {
    private static final long serialVersionUID = 1L;

    public WaveResults {
        Objects.requireNonNull(wave, "wave");
        stages = List.copyOf(stages);
        agents = List.copyOf(agents);
        roles = List.copyOf(roles);
        notes = List.copyOf(notes);
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
