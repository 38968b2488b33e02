package io.jenkins.plugins.azuremigration.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The wave's stages. A stage whose engine is not built yet says so and exits 2 without touching anything, so that
 * no script mistakes it for a passed check.
 */
abstract class StageCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WAVE", description = "The wave file (YAML).")
    Path wave;

    @Option(names = "--out", paramLabel = "DIR", description = "Where reports go (default: ${DEFAULT-VALUE}).",
            defaultValue = "wave-reports")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract String stage();

    abstract String issue();

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("wave " + spec.name() + ": the " + stage() + " stage is not built yet ("
                + issue() + "); nothing was run and no report was written.");
        return ExitCode.BAD_INPUT;
    }

    @Command(name = "agents", description = "Checks the Storage Mover agents of the wave.")
    static final class Agents extends StageCommand {
        @Override
        String stage() {
            return "agent check";
        }

        @Override
        String issue() {
            return "issue #5";
        }
    }

    @Command(name = "roles", description = "Assigns (or with --revoke removes) the wave's role assignments.")
    static final class Roles extends StageCommand {
        @Option(names = "--revoke", description = "Remove exactly the assignments this tool creates for the wave.")
        boolean revoke;

        @Option(names = "--dry-run", description = "Print the plan without writing.")
        boolean dryRun;

        @Override
        String stage() {
            return "role assignment";
        }

        @Override
        String issue() {
            return "issue #5";
        }
    }

    @Command(name = "run", description = "Runs every stage in order: agents, DNS, roles, copy; then the reports.")
    static final class Run extends StageCommand {
        @Override
        String stage() {
            return "whole-wave";
        }

        @Override
        String issue() {
            return "issues #4-#7";
        }
    }
}
