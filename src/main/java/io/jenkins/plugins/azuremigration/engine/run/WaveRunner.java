package io.jenkins.plugins.azuremigration.engine.run;

import io.jenkins.plugins.azuremigration.engine.agents.AgentCheck;
import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.azure.ArmException;
import io.jenkins.plugins.azuremigration.engine.azure.SignInException;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.StopSignal;
import io.jenkins.plugins.azuremigration.engine.copy.WaveCopy;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheck;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckRequest;
import io.jenkins.plugins.azuremigration.engine.dns.PrivateEndpoint;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome.Status;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAssigner;
import io.jenkins.plugins.azuremigration.engine.roles.RolePlanner;
import io.jenkins.plugins.azuremigration.engine.wave.Machine;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a wave's stages in order (agents, DNS, roles, copy) and gathers every result for the reports. A stage that
 * cannot run says why; a failed stage does not hide the others, except that the copy waits for private-link DNS:
 * copying while names resolve to public addresses would send the disks the wrong way.
 */
public final class WaveRunner {
    private final Wave wave;
    private final RunOptions options;
    private final List<StageOutcome> outcomes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private List<AgentResult> agents = List.of();
    private DnsCheckReport dns;
    private List<RoleAction> roles = List.of();
    private CopyReport copy;

    private WaveRunner(Wave wave, RunOptions options) {
        this.wave = wave;
        this.options = options;
    }

    public static WaveResults run(Wave wave, RunOptions options) throws InterruptedException {
        return new WaveRunner(wave, options).runAll();
    }

    private WaveResults runAll() throws InterruptedException {
        Instant started = options.clock().instant();
        stage(Stage.AGENTS, this::agents);
        stage(Stage.DNS, this::dns);
        stage(Stage.ROLES, this::roles);
        stage(Stage.COPY, this::copy);
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        for (Machine machine : wave.machines()) {
            attributes.put(machine.name(), machine.attributes());
        }
        return new WaveResults(wave.name(), String.valueOf(wave.file()), wave.cloud().waveName(), started,
                options.clock().instant(), options.simulated(), outcomes, agents, dns, roles, notes, copy, attributes);
    }

    private StageOutcome outcome(Stage stage) {
        return outcomes.stream().filter(o -> o.stage() == stage).findFirst()
                .orElse(new StageOutcome(stage, Status.NOT_RUN, "not requested"));
    }

    /** One stage: its work answers its outcome. */
    private interface StageWork {
        StageOutcome run() throws InterruptedException, IOException;
    }

    private void stage(Stage stage, StageWork work) throws InterruptedException {
        StageOutcome outcome;
        StopSignal stop = options.copy().stopSignal();
        if (!options.stages().contains(stage)) {
            outcome = new StageOutcome(stage, Status.NOT_RUN, "not requested");
        } else if (stop != null && stop.isRequested()) {
            // someone stopped the run (a Jenkins abort): no further stage may change Azure
            outcome = new StageOutcome(stage, Status.NOT_RUN, "not started: " + stop.reason());
        } else {
            try {
                outcome = work.run();
            } catch (SignInException e) {
                // the identity, not the stage's subject, is at fault: the stage could not run (exit code 3)
                outcome = new StageOutcome(stage, Status.NOT_RUN, e.getMessage());
            } catch (ArmException e) {
                outcome = new StageOutcome(stage, Status.FAILED, e.getMessage());
            } catch (IOException e) {
                outcome = new StageOutcome(stage, Status.FAILED, e.getMessage());
            }
        }
        outcomes.add(outcome);
        options.log().accept("[" + stage.id() + "] " + outcome.status().name().toLowerCase(java.util.Locale.ROOT)
                + (outcome.reason() == null ? "" : ": " + outcome.reason()));
    }

    private StageOutcome agents() throws InterruptedException {
        if (wave.agents().agents().isEmpty()) {
            return new StageOutcome(Stage.AGENTS, Status.SKIPPED, "the wave lists no Storage Mover agents");
        }
        if (options.arm() == null) {
            return new StageOutcome(Stage.AGENTS, Status.NOT_RUN, "no Azure sign-in was given");
        }
        agents = new AgentCheck(options.arm(), options.clock(), Duration.ofSeconds(30)).check(wave.agents());
        long failed = agents.stream().filter(a -> !a.healthy()).count();
        return failed == 0 ? new StageOutcome(Stage.AGENTS, Status.PASSED, agents.size() + " agent(s) healthy")
                : new StageOutcome(Stage.AGENTS, Status.FAILED, failed + " of " + agents.size() + " agent(s) failed");
    }

    private StageOutcome dns() throws InterruptedException {
        List<PrivateEndpoint> endpoints = List.of();
        if (!wave.dns().privateEndpoints().isEmpty()) {
            if (options.endpoints() == null) {
                notes.add("dns.privateEndpoints were not read: no Azure sign-in was given; only dns.expect was checked");
            } else {
                endpoints = options.endpoints().read(wave.dns().privateEndpoints());
            }
        }
        DnsCheckRequest request = DnsCheckRequest.forWave(wave, endpoints, options.dnsServer());
        if (request.names().isEmpty()) {
            return new StageOutcome(Stage.DNS, Status.SKIPPED, "no private-link names to check (dns.expect and"
                    + " dns.privateEndpoints are empty)");
        }
        dns = DnsCheck.run(request);
        return new StageOutcome(Stage.DNS, dns.passed() ? Status.PASSED : Status.FAILED, dns.summary());
    }

    private StageOutcome roles() throws InterruptedException {
        boolean agentContainers = wave.agents().agents().stream().anyMatch(a -> a.targetContainer() != null);
        if (wave.roles().vault() == null && !agentContainers) {
            return new StageOutcome(Stage.ROLES, Status.SKIPPED, "the wave names no vault and no agent target container");
        }
        if (options.arm() == null) {
            return new StageOutcome(Stage.ROLES, Status.NOT_RUN, "no Azure sign-in was given");
        }
        RolePlanner.Plan plan = new RolePlanner(options.arm()).plan(wave, agents);
        notes.addAll(plan.notes());
        RoleAssigner assigner = new RoleAssigner(options.arm(), 8, Duration.ofSeconds(5));
        roles = options.revoke() ? assigner.revoke(plan.assignments(), options.dryRun())
                : assigner.grant(plan.assignments(), options.dryRun());
        long failed = roles.stream().filter(RoleAction::failed).count();
        String done = options.revoke() ? " revoked or absent" : " in place";
        return failed == 0 ? new StageOutcome(Stage.ROLES, Status.PASSED, roles.size() + " assignment(s)"
                + (options.dryRun() ? " planned (dry run)" : done))
                : new StageOutcome(Stage.ROLES, Status.FAILED, failed + " of " + roles.size() + " assignment(s) failed");
    }

    /** The DNS stage was asked for but could not run (e.g. no sign-in to read the private endpoints). */
    private boolean dnsCouldNotRun() {
        return options.stages().contains(Stage.DNS) && outcome(Stage.DNS).status() == Status.NOT_RUN;
    }

    private StageOutcome copy() throws InterruptedException, IOException {
        // the DNS stage can fail before it has a report (its private endpoints could not be read)
        if (dns != null && !dns.passed() || outcome(Stage.DNS).status() == Status.FAILED || dnsCouldNotRun()) {
            return new StageOutcome(Stage.COPY, Status.SKIPPED, "private-link DNS failed: fix it first (wave dns), or"
                    + " run the copy stage alone");
        }
        if (options.dryRun()) {
            return new StageOutcome(Stage.COPY, Status.SKIPPED, "dry run: nothing is copied");
        }
        copy = WaveCopy.run(wave, options.copy(), options.copyListener());
        if (copy.allSucceeded()) {
            return new StageOutcome(Stage.COPY, Status.PASSED, copy.count(CopyStatus.SUCCEEDED) + " machine(s) copied");
        }
        boolean failures = copy.count(CopyStatus.FAILED) > 0;
        return new StageOutcome(Stage.COPY, failures ? Status.FAILED : Status.STOPPED, failures
                ? copy.count(CopyStatus.FAILED) + " machine(s) failed" : copy.stopReason());
    }
}
