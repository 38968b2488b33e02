package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import java.io.IOException;

/**
 * One step on one build, the same for Pipeline steps and the freestyle builder: look the credentials up on the
 * controller, run the stages on the agent that holds the workspace, publish the reports, and turn the outcome into
 * the build's result.
 */
public final class WaveRun {
    private WaveRun() {
    }

    public static WaveResults execute(Run<?, ?> run, FilePath workspace, EnvVars environment, Launcher launcher,
            TaskListener listener, WaveSource source, StageRequest request) throws IOException, InterruptedException {
        AzureAccess access = CredentialsLookup.resolve(run, request.connection()).withProxy(JenkinsProxy.current());
        listener.getLogger().println(request.step() + ": " + source + ", stages " + request.stages() + ", as "
                + access + ", on " + workspace.getRemote());
        WaveResults results = workspace.act(new WaveRunCallable(source, request, access, environment, listener));
        StepVerdict verdict = StepVerdict.of(results, request);
        ReportPublisher.publish(run, workspace, launcher, listener, request, results, verdict);
        apply(verdict, run, listener);
        return results;
    }

    static void apply(StepVerdict verdict, Run<?, ?> run, TaskListener listener) throws AbortException {
        switch (verdict.kind()) {
            case SUCCESS -> listener.getLogger().println(verdict.message());
            case UNSTABLE -> {
                listener.getLogger().println(verdict.message() + "; marking the build UNSTABLE");
                run.setResult(Result.UNSTABLE);
            }
            case FAILURE -> throw new AbortException(verdict.message());
        }
    }
}
