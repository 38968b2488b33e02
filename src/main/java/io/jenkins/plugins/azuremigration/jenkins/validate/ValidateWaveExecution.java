package io.jenkins.plugins.azuremigration.jenkins.validate;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremigration.engine.wave.ValidationReport;
import io.jenkins.plugins.azuremigration.engine.wave.WaveProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/** Reads the wave on the agent (where its CSV machine list and disks are) and reports it to the console. */
class ValidateWaveExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final transient ValidateWaveStep step;

    ValidateWaveExecution(ValidateWaveStep step, StepContext context) {
        super(context);
        this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        FilePath workspace = getContext().get(FilePath.class);
        TaskListener listener = getContext().get(TaskListener.class);
        EnvVars environment = getContext().get(EnvVars.class);
        ValidationReport report = workspace.act(step.callable(environment));
        if (!report.isValid()) {
            for (WaveProblem problem : report.problems()) {
                listener.getLogger().println(problem);
            }
            throw new AbortException("Wave " + report.file() + " has " + report.problems().size()
                    + " problem(s); nothing was run");
        }
        listener.getLogger().println("Wave " + report.waveName() + ": " + report.machines() + " machines ("
                + report.skippedMachines() + " gated out), " + report.disks() + " disks");
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", report.waveName());
        summary.put("machines", report.machines());
        summary.put("skippedMachines", report.skippedMachines());
        summary.put("disks", report.disks());
        return summary;
    }
}
