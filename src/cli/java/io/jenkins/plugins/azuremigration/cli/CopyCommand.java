package io.jenkins.plugins.azuremigration.cli;

import io.jenkins.plugins.azuremigration.engine.copy.CopyOptions;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.ProgressPrinter;
import io.jenkins.plugins.azuremigration.engine.copy.WaveCopy;
import io.jenkins.plugins.azuremigration.engine.report.ResultJson;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wave copy WAVE}: copies the wave's disks, checkpointing into {@code --out}; the same command resumes.
 */
@Command(name = "copy", description = "Copies the machines' disks in batches of at most ten; run again to resume.")
final class CopyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WAVE", description = "The wave file (YAML).")
    private Path wave;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "wave-reports",
            description = "Reports and the checkpoint (copy-journal.log) go here (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--stop-at", paramLabel = "HH:MM", description = "End of the window; overrides copy.stopAt.")
    private LocalTime stopAt;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Wave parsed;
        try {
            parsed = WaveParser.parse(wave, System::getenv);
        } catch (WaveValidationException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        return copy(stopAt == null ? parsed : parsed.withStopAt(stopAt), out, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** Runs the copy stage of {@code wave} into {@code out}; shared with {@code wave demo}. */
    static int copy(Wave wave, Path reports, PrintWriter console, PrintWriter errors) throws InterruptedException {
        CopyOptions options = CopyOptions.builder(reports.resolve("copy-journal.log")).build();
        try {
            CopyReport report = WaveCopy.run(wave, options, new ProgressPrinter(console::println, Duration.ofSeconds(5)));
            ProgressPrinter.printSummary(console::println, report);
            ResultJson.write(reports.resolve("copy-results.json"), report);
            console.println("[copy] results: " + reports.resolve("copy-results.json") + "; checkpoint: "
                    + options.journal());
            return report.allSucceeded() ? ExitCode.PASSED : ExitCode.FAILED;
        } catch (IOException e) {
            errors.println("The copy could not write its checkpoint or results in " + reports + ": "
                    + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
    }
}
