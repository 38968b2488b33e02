package io.jenkins.plugins.azuremigration.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** {@code bin/wave}: the migration engine outside Jenkins, on a workstation or the on-premises host. */
// scope INHERIT hands --help, --version and the exit codes to every subcommand, so that `wave roles --help` helps
// instead of complaining about the missing WAVE
@Command(name = "wave", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = BuildInfo.class,
        description = "Runs an Azure migration wave: checks agents and private-link DNS, assigns roles, copies disks,"
                + " writes reports.",
        subcommands = {ValidateCommand.class, DnsCommand.class, StageCommand.Agents.class,
                StageCommand.Roles.class, StageCommand.Copy.class, StageCommand.Run.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check and machine passed", "1:some check or machine failed (reports written)",
                "2:bad input or usage; nothing ran", "3:environment or authentication failure"})
public final class WaveCli implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new WaveCli());
        CheckoutCommands.addTo(commandLine);
        commandLine.setOut(out).setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.ENVIRONMENT);
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCode.BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
