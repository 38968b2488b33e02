package io.jenkins.plugins.azuremigration.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Stands in for {@code demo} and {@code serve} in the shipped archive: both start the local test services (Azurite
 * from npm, dnsmasq, the ARM simulator), which live in the test fixtures of a source checkout and are not shipped.
 * Asked for, it says so and where to get them, instead of an "unknown command".
 */
@Command(mixinStandardHelpOptions = true)
final class CheckoutOnlyCommand implements Callable<Integer> {
    static final String CHECKOUT_HINT = "it runs from a source checkout only (git clone the project, then bin/wave %s):"
            + " it starts local Azurite, dnsmasq and an ARM simulator, which this archive does not contain.";

    private final String name;

    @CommandLine.Unmatched
    private List<String> ignored; // whatever the checkout's command would take: the answer is the same

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    CheckoutOnlyCommand(String name) {
        this.name = name;
    }

    static CommandLine named(String name, String description) {
        CommandLine command = new CommandLine(new CheckoutOnlyCommand(name));
        command.getCommandSpec().usageMessage().description(description,
                "Not in this archive: " + CHECKOUT_HINT.formatted(name));
        return command;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("wave " + name + ": " + CHECKOUT_HINT.formatted(name));
        return ExitCode.ENVIRONMENT;
    }
}
