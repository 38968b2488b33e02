package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.wave.DiskFileCheck;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.engine.wave.WaveProblem;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs on the agent that holds the workspace (the on-premises side): reads the wave there, runs the requested stages
 * with the engine, writes the four reports into the workspace and returns the results. Local disk images, DNS
 * lookups and Azure calls all leave from this machine.
 */
public final class WaveRunCallable extends MasterToSlaveFileCallable<WaveResults> {
    private static final long serialVersionUID = 1L;

    private final WaveSource source;
    private final StageRequest request;
    private final AzureAccess access;
    private final HashMap<String, String> environment;
    private final TaskListener listener;
    private final String owner;

    /**
     * @param owner names this run of the step in the lock and stop files: the same after a controller restart, different
     *     for every other step
     */
    public WaveRunCallable(WaveSource source, StageRequest request, AzureAccess access, Map<String, String> environment,
            TaskListener listener, String owner) {
        this.source = source;
        this.request = request;
        this.access = access;
        this.environment = new HashMap<>(environment);
        this.listener = listener;
        this.owner = owner;
    }

    @Override
    public WaveResults invoke(File workspaceFolder, VirtualChannel channel) throws IOException, InterruptedException {
        Path workspace = workspaceFolder.toPath();
        Path out = workspace.resolve(request.out());
        Files.createDirectories(out);
        MaskingLog log = new MaskingLog(listener.getLogger()::println, access.secretValues());
        Path stopFile = workspace.resolve(request.stopFile());
        // the lock first: a step refused for a busy folder must not even write its inline wave there
        try (RunLock lock = RunLock.acquire(out.resolve(".lock"), stopFile, owner,
                StageWorker.STOP_GRACE.plusSeconds(30), log)) {
            Wave wave = wave(workspace);
            StageWorker worker = new StageWorker(wave, request, access, workspace, log, owner,
                    WindowEnd.of(out, owner, wave.copy().stopAt()));
            return worker.run(stopFile, out);
        }
    }

    /** The wave with the step's parameters applied; any problem ends the step before anything runs. */
    Wave wave(Path workspace) throws IOException {
        String display = source.displayName(request.out());
        Wave parsed;
        try {
            parsed = WaveParser.parse(source.materialize(workspace, request.out()), display, environment::get,
                    diskFileCheck(request));
        } catch (WaveValidationException e) {
            throw new AbortException(request.step() + ": wave " + display + " has " + e.problems().size()
                    + " problem(s); nothing was run:\n" + e.problems().stream().map(WaveProblem::toString)
                    .collect(Collectors.joining("\n")));
        }
        try {
            return WaveOverrides.apply(parsed, request, access.storageSecret());
        } catch (IllegalArgumentException e) {
            throw new AbortException(request.step() + ": " + e.getMessage() + "; nothing was run");
        }
    }

    /**
     * The disk images are read only by the copy: a step without it (agents, DNS, roles) may run on an agent that
     * does not hold them, and is not failed for their absence (where they are still may not point outside the wave).
     */
    static DiskFileCheck diskFileCheck(StageRequest request) {
        return request.stages().contains(Stage.COPY) ? DiskFileCheck.CHECK : DiskFileCheck.SKIP;
    }

    @Override
    public String toString() {
        return request.step() + " of " + source;
    }
}
