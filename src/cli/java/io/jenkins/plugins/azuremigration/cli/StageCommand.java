package io.jenkins.plugins.azuremigration.cli;

import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.wave.DiskFileCheck;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The control-plane stages and the whole wave, on the engine's {@code WaveRunner}. */
abstract class StageCommand implements Callable<Integer> {
    static final String NO_SOURCE_CHECK = "Do not look at the local disk images: for running this control-plane"
            + " stage from a machine that does not hold the disks.";

    @Parameters(index = "0", paramLabel = "WAVE", description = "The wave file (YAML).")
    Path wave;

    @Option(names = "--out", paramLabel = "DIR", description = "Where results go (default: ${DEFAULT-VALUE}).",
            defaultValue = "wave-reports")
    Path out;

    @CommandLine.Mixin
    ArmAccessOptions armAccess;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract Set<Stage> stages();

    /** Stages that read disks always look at them; the control-plane commands may run on a machine without them. */
    DiskFileCheck diskFileCheck() {
        return DiskFileCheck.CHECK;
    }

    boolean dryRun() {
        return false;
    }

    boolean revoke() {
        return false;
    }

    String dnsServer() {
        return null;
    }

    /** The wave as the command runs it (e.g. with another window end). */
    Wave adjust(Wave parsed) {
        return parsed;
    }

    @Override
    public Integer call() throws InterruptedException {
        Wave parsed;
        try {
            parsed = adjust(WaveParser.parse(wave, wave.toString(), System::getenv, diskFileCheck()));
        } catch (WaveValidationException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        boolean needsArm = stages().contains(Stage.AGENTS) || stages().contains(Stage.ROLES);
        URI endpoint = parsed.azure().resourceManagerEndpoint();
        // an ARM endpoint on this very machine can only be the local simulator: the reports must say so
        boolean simulated = endpoint != null && ("127.0.0.1".equals(endpoint.getHost()) || "localhost".equals(endpoint.getHost()));
        ArmClient arm;
        try {
            arm = needsArm ? StageRun.armFor(parsed, armAccess.access()) : null;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        return StageRun.run(parsed, new StageRun.Request(stages(), dryRun(), revoke(), dnsServer(), out),
                arm, simulated, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    @Command(name = "agents", description = "Checks the Storage Mover agents of the wave (and adopts missing ones when"
            + " agents.adopt is true).")
    static final class Agents extends StageCommand {
        @Option(names = "--no-source-check", description = NO_SOURCE_CHECK)
        boolean noSourceCheck;

        @Override
        DiskFileCheck diskFileCheck() {
            return noSourceCheck ? DiskFileCheck.SKIP : DiskFileCheck.CHECK;
        }

        @Override
        Set<Stage> stages() {
            return EnumSet.of(Stage.AGENTS);
        }
    }

    @Command(name = "roles", description = "Assigns (or with --revoke removes) the wave's role assignments.")
    static final class Roles extends StageCommand {
        @Option(names = "--revoke", description = "Remove exactly the assignments this tool creates for the wave.")
        boolean revoke;

        @Option(names = "--dry-run", description = "Print the plan without writing.")
        boolean dryRun;

        @Option(names = "--no-source-check", description = NO_SOURCE_CHECK)
        boolean noSourceCheck;

        @Override
        DiskFileCheck diskFileCheck() {
            return noSourceCheck ? DiskFileCheck.SKIP : DiskFileCheck.CHECK;
        }

        @Override
        Set<Stage> stages() {
            return EnumSet.of(Stage.AGENTS, Stage.ROLES); // the agents' identities decide their container roles
        }

        @Override
        boolean dryRun() {
            return dryRun;
        }

        @Override
        boolean revoke() {
            return revoke;
        }
    }

    @Command(name = "copy", description = "Copies the machines' disks in batches of at most ten; run it again to resume"
            + " (the checkpoint is DIR/copy-journal.log).")
    static final class Copy extends StageCommand {
        @Option(names = "--stop-at", paramLabel = "HH:MM", description = "End of the window; overrides copy.stopAt.")
        LocalTime stopAt;

        @Override
        Set<Stage> stages() {
            return EnumSet.of(Stage.COPY);
        }

        @Override
        Wave adjust(Wave parsed) {
            return stopAt == null ? parsed : parsed.withStopAt(stopAt);
        }
    }

    @Command(name = "run", description = "Runs every stage in order: agents, DNS, roles, copy.")
    static final class Run extends StageCommand {
        @Option(names = "--dry-run", description = "Plan roles and check everything, but write nothing and copy nothing.")
        boolean dryRun;

        @Option(names = "--dns-server", paramLabel = "HOST:PORT", description = "Resolve through this server.")
        String dnsServer;

        @Override
        Set<Stage> stages() {
            return EnumSet.allOf(Stage.class);
        }

        @Override
        boolean dryRun() {
            return dryRun;
        }

        @Override
        String dnsServer() {
            return dnsServer;
        }
    }
}
