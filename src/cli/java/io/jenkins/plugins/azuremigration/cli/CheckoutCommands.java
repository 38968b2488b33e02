package io.jenkins.plugins.azuremigration.cli;

import picocli.CommandLine;

/**
 * {@code demo} and {@code serve}: the real commands in a source checkout, where the test fixtures they start are
 * compiled; a {@link CheckoutOnlyCommand} in the shipped archive, which leaves those classes out. They are looked up
 * by name because the archive's compilation must not see them (pom.xml, execution {@code assemble-cli}).
 */
final class CheckoutCommands {
    private static final String PACKAGE = CheckoutCommands.class.getPackageName();

    private CheckoutCommands() {
    }

    static void addTo(CommandLine wave) {
        add(wave, "demo", "DemoCommand", "Runs a demo wave against local Azurite, dnsmasq and an ARM simulator on"
                + " 127.0.0.1.");
        add(wave, "serve", "ServeCommand", "Keeps the demo's local services running for a Jenkins agent on this"
                + " machine.");
    }

    private static void add(CommandLine wave, String name, String className, String description) {
        Class<?> command;
        try {
            command = Class.forName(PACKAGE + "." + className);
        } catch (ClassNotFoundException e) {
            wave.addSubcommand(name, CheckoutOnlyCommand.named(name, description));
            return;
        }
        wave.addSubcommand(name, command);
    }
}
