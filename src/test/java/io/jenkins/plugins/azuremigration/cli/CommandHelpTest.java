package io.jenkins.plugins.azuremigration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command helps a newcomer: its own help on --help and -h (exit 0), usage with exit 2 on a wrong call. */
class CommandHelpTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Every command the CLI has, read from the CLI itself: a new command is tested without editing this list. */
    static List<String> commands() {
        CommandLine wave = new CommandLine(new WaveCli());
        CheckoutCommands.addTo(wave);
        return List.copyOf(wave.getSubcommands().keySet());
    }

    static Stream<String> helpOptions() {
        return Stream.of("--help", "-h");
    }

    @Test
    void everyStageAndServiceCommandIsThere() {
        assertThat(commands()).containsExactlyInAnyOrder("validate", "dns", "agents", "roles", "copy", "run", "demo",
                "serve");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void longHelpPrintsThatCommandsUsageAndExitsZero(String command) {
        assertHelp(command, "--help");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void shortHelpPrintsThatCommandsUsageAndExitsZero(String command) {
        assertHelp(command, "-h");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void anUnknownOptionExitsTwoWithTheUsage(String command) {
        String[] args = waveCommands().anyMatch(command::equals)
                ? new String[] {command, "wave.yaml", "--no-such-option"}
                : command.equals("serve") ? new String[] {command, "--dir", "x", "--no-such-option"}
                : new String[] {command, "--no-such-option"};
        assertThat(run(args)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).containsPattern("(Unknown option|Unmatched argument).*'--no-such-option'")
                .contains("Usage: wave " + command);
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpWinsOverAMissingWave(String command) {
        // the reported bug: `wave roles --help` said "Missing required parameter: 'WAVE'" and exited 2
        assertThat(run(command, "--out", "somewhere", "--help")).isEqualTo(ExitCode.PASSED);
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("waveCommands")
    void aMissingWaveStillExitsTwoWithTheUsage(String command) {
        assertThat(run(command)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required parameter: 'WAVE'").contains("Usage: wave " + command);
    }

    static Stream<String> waveCommands() {
        return Stream.of("validate", "dns", "agents", "roles", "copy", "run");
    }

    @Test
    void serveWithoutItsFolderExitsTwo() {
        assertThat(run("serve")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required option: '--dir=DIR'");
    }

    @Test
    void topLevelHelpListsEveryCommandAndTheExitCodes() {
        assertThat(run("--help")).isEqualTo(ExitCode.PASSED);
        assertThat(out.toString()).contains("validate", "dns", "agents", "roles", "copy", "run", "demo", "serve")
                .contains("Exit codes:").contains("2   bad input or usage; nothing ran");
    }

    @Test
    void versionNamesTheVersionAndTheCommitItWasBuiltFrom() {
        assertThat(run("--version")).isEqualTo(ExitCode.PASSED);
        assertThat(out.toString().lines().toList().get(0)).matches("wave \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        // the test tree is a git checkout, so the build must have baked in a real commit, not "unknown"
        assertThat(out.toString().lines().toList().get(1)).matches("commit [0-9a-f]{40}( \\(built with uncommitted changes\\))?");
    }

    @Test
    void everyCommandAnswersVersionToo() {
        assertThat(run("copy", "--version")).isEqualTo(ExitCode.PASSED);
        assertThat(out.toString()).startsWith("wave ");
    }

    @Test
    void aCheckoutOnlyCommandSaysSoInsteadOfFailingObscurely() {
        // what the shipped archive registers for demo and serve (ArchiveIT runs the real archive)
        CommandLine demo = CheckoutOnlyCommand.named("demo", "Runs a demo wave.");
        demo.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));

        assertThat(demo.execute("--out", "x")).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(err.toString()).contains("wave demo: it runs from a source checkout only")
                .contains("bin/wave demo");
        assertThat(demo.execute("--help")).isEqualTo(ExitCode.PASSED);
        assertThat(out.toString()).contains("Not in this archive: it runs from a source checkout only");
    }

    private void assertHelp(String command, String option) {
        assertThat(run(command, option)).isEqualTo(ExitCode.PASSED);
        assertThat(out.toString()).startsWith("Usage: wave " + command).contains("-h, --help")
                .contains("Exit codes:");
        assertThat(err.toString()).isEmpty();
    }

    private int run(String... args) {
        return WaveCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
