package io.jenkins.plugins.azuremigration.cli;

import io.jenkins.plugins.azuremigration.engine.wave.DiskFileCheck;
import io.jenkins.plugins.azuremigration.engine.wave.ValidationReport;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.engine.wave.WaveProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wave validate WAVE}: every problem of a wave file at once, as FILE:LINE:COLUMN: field: message. */
@Command(name = "validate", description = "Checks a wave file and its machine list; runs nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WAVE", description = "The wave file (YAML).")
    private Path wave;

    @Option(names = "--no-source-check", description = "Do not look at the local disk images (for a wave validated"
            + " away from its disks); where each source points is still checked.")
    private boolean noSourceCheck;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport report = WaveParser.validate(wave, wave.toString(), System::getenv,
                noSourceCheck ? DiskFileCheck.SKIP : DiskFileCheck.CHECK);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!report.isValid()) {
            report.problems().stream().map(WaveProblem::toString).forEach(err::println);
            err.println(report.problems().size() + " problem(s) in " + wave + "; nothing was run.");
            return ExitCode.BAD_INPUT;
        }
        out.println(wave + ": wave " + report.waveName() + " is valid: " + report.machines() + " machines ("
                + report.skippedMachines() + " gated out by OK_TO_MIGRATE), " + report.disks() + " disks.");
        return ExitCode.PASSED;
    }
}
